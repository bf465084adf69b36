// `arguments` is available inside default parameter initializers.
function count(a, b = arguments.length) { return b; }
console.log(count(1), count(1, undefined), count(1, undefined, 3));
function second(a = arguments[1]) { return a; }
console.log(second(undefined, "from args"), second("given", "x"));
var o = { m(x, y = arguments.length * 10) { return y; } };
console.log(o.m(), o.m(1, undefined, 3, 4));
