// console.log of function values.
function named() {}
var anon = function () {};
var arrow = () => 1;
var expr = function inner() {};
console.log(named);
console.log(anon);
console.log(arrow);
console.log(expr);
console.log(function () {});
console.log(() => 2);
console.log("fn:", named);
function make() { return function () {}; }
console.log(make());
var obj = { m: function () {} };
console.log(obj.m);
