// Immediately invoked function expressions.
var r1 = (function () { return "classic"; })();
var r2 = (function () { return "inner parens"; }());
var r3 = (() => "arrow")();
var r4 = (function (a, b) { return a * b; })(6, 7);
console.log(r1, r2, r3, r4);
var counter = (function () { var c = 0; return function () { c++; return c; }; })();
counter(); counter();
console.log(counter());
!function () { console.log("bang iife"); }();
void function () { console.log("void iife"); }();
