// arguments.callee in sloppy functions.
var fact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(fact(6));
function self() { return arguments.callee === self; }
console.log(self());
