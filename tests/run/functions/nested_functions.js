// Nested function declarations see outer variables and parameters.
function outer(a) {
  var b = a * 2;
  function middle(c) {
    function inner(d) { return a + b + c + d; }
    return inner(c + 1);
  }
  return middle(b + 1);
}
console.log(outer(1));
console.log(outer(10));
function scopes() {
  var x = "outer x";
  function readX() { return x; }
  function shadowX() { var x = "local x"; return x + " / " + readX(); }
  return shadowX();
}
console.log(scopes());
