// The arguments object is iterable: spread and for-of.
function spreadArgs() { return [...arguments].map((x) => x * 2).join(","); }
console.log(spreadArgs(1, 2, 3));
function forOfArgs() { var s = 0; for (const a of arguments) s += a; return s; }
console.log(forOfArgs(1, 2, 3, 4));
function callee() { return arguments.length; }
function forwarder() { return callee(...arguments, "extra"); }
console.log(forwarder(1, 2));
function maxArgs() { return Math.max(...arguments); }
console.log(maxArgs(4, 11, 2));
function destr() { var [a, , c] = arguments; return a + c; }
console.log(destr("x", "y", "z"));
