// Assignments made inside a closure are visible to the enclosing function.
function outer() {
  let n = 10;
  function bump(by) { n += by; }
  bump(1);
  console.log(n);
  bump(5);
  console.log(n);
  n = 0;
  bump(3);
  return n;
}
console.log(outer());
var g = 1;
(function () { g = g * 7; })();
console.log(g);
