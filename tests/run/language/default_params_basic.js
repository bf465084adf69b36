// Default parameter values apply only for undefined.
function f(a = 1, b = "dflt") { return a + " " + b; }
console.log(f());
console.log(f(5));
console.log(f(undefined, "x"));
console.log(f(null, null));
console.log(f(0, ""));
console.log(f(false, NaN));
console.log(f(void 0, void 0));
console.log(f.length);
function g(a, b = 2, c) { return [a, b, c].join(","); }
console.log(g(1), g(1, undefined, 3), g.length);
var arrow = (x = 10, y = x * 2) => x + y;
console.log(arrow(), arrow(1), arrow(1, 1), arrow(undefined, 5));
function withObj(opts = { size: 3 }) { return opts.size; }
console.log(withObj(), withObj({ size: 9 }));
function freshEachCall(list = []) { list.push(1); return list.length; }
console.log(freshEachCall(), freshEachCall(), freshEachCall([1, 2]));
function argsLen(a = 1, b = 2) { return arguments.length; }
console.log(argsLen(), argsLen(undefined), argsLen(1, 2, 3));
