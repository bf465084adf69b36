// Function declarations are hoisted with their bodies.
console.log(early(3));
function early(x) { return x * 2; }
console.log(typeof hoisted, typeof notHoisted);
function hoisted() {}
var notHoisted = function () {};
console.log(typeof notHoisted);
function outer() {
  return inner() + 1;
  function inner() { return 41; }
}
console.log(outer());
function dup() { return "first"; }
console.log(dup());
function dup() { return "second"; }
