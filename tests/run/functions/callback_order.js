// Callbacks are invoked in the order the callee decides.
function each(n, cb) { for (var i = 0; i < n; i++) cb(i); }
var s = "";
each(4, function (i) { s += i; });
console.log(s);
function twoStep(first, second) { second("b"); first("a"); }
var order = "";
twoStep(x => { order += x; }, x => { order += x; });
console.log(order);
function until(pred, step, start) { var v = start; while (!pred(v)) v = step(v); return v; }
console.log(until(v => v > 100, v => v * 3, 1));
