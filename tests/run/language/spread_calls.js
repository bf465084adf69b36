// Spread arguments in calls.
function sum() {
  var t = 0;
  for (var i = 0; i < arguments.length; i++) t += arguments[i];
  return t;
}
function three(a, b, c) { return [a, b, c].join("/"); }
var nums = [1, 2, 3];
console.log(sum(...nums));
console.log(sum(0, ...nums, 10, ...nums));
console.log(sum(...[]));
console.log(three(...[1]), three(...[1, 2, 3, 4]));
console.log(three(..."ab"));
console.log(Math.max(...[3, 9, 2]), Math.min(...[3, 9, 2], -1));
console.log(Math.max(...[]));
var o = { f: function (a, b) { return this.k + a + b; }, k: 100 };
console.log(o.f(...[1, 2]));
console.log(o["f"](...[5, 5]));
var args = [];
for (var i = 0; i < 50; i++) args.push(i);
console.log(sum(...args));
console.log([].concat(...[[1], [2, 3], [4]]).join(","));
var s = new Set([4, 5, 5, 6]);
console.log(sum(...s));
var m = new Map([["a", 1], ["b", 2]]);
console.log(three(...m.keys()), three(...m.values()));
