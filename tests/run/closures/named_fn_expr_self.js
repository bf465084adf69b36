// A named function expression sees its own name; assigning it inside is ignored.
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5));
var g = fact;
fact = null;
console.log(g(6));
var h = function me() {
  me = 5;
  return typeof me;
};
console.log(h());
var counter = function c(n) { return n === 0 ? [c] : c(n - 1); };
console.log(counter(3)[0] === counter);
var shadow = function s() { var s = "local"; return s; };
console.log(shadow());
var outerName = function inner() { return typeof inner; };
console.log(outerName(), typeof inner);
