// A recursive function called through a let binding that is later reassigned.
let f = function (n) { return n === 0 ? "base" : f(n - 1); };
const g = f;
console.log(g(3));
f = function () { return "replaced"; };
console.log(g(3), g(0));
var h = function (n) { return n > 0 ? h(n - 1) + 1 : 0; };
var saved = h;
h = function (n) { return 100; };
console.log(saved(5));
