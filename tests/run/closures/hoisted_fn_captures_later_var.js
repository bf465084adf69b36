// A hoisted function capturing a var declared later sees undefined, then the value.
console.log(readV());
var v = "set";
console.log(readV());
function readV() { return v; }
function outer() {
  var r1 = inner();
  var w = 5;
  var r2 = inner();
  function inner() { return w; }
  return r1 + " " + r2;
}
console.log(outer());
