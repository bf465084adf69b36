// A closure resolves the nearest enclosing binding of a shadowed name.
var x = "global";
function outer() {
  var x = "outer";
  function mid() {
    let x = "mid";
    return () => x;
  }
  function noShadow() { return () => x; }
  return mid()() + " " + noShadow()();
}
console.log(outer());
const read = () => x;
{
  let x = "block";
  console.log(read(), (() => x)());
}
