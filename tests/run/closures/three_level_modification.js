// An intermediate function modifies a variable that an inner closure reads.
function outer() {
  var v = 1;
  function middle() {
    var read = function () { return v; };
    v = v + 10;
    return read;
  }
  var r = middle();
  v = v * 2;
  return r;
}
console.log(outer()());
function counterTree() {
  var n = 0;
  return function branch() {
    return function leaf() { n++; return n; };
  };
}
var t = counterTree();
var l1 = t(), l2 = t();
l1(); l1();
console.log(l2());
