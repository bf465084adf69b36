// Anonymous and named function expressions as values.
var sq = function (x) { return x * x; };
console.log(sq(7));
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(6));
console.log(typeof f);
var apply = function (g, v) { return g(v); };
console.log(apply(sq, 4), apply(fact, 4));
var r = (function (a, b) { return a - b; })(10, 3);
console.log(r);
console.log(sq);
console.log(fact);
