// var inside a block belongs to the function; closures share it.
function f() {
  var fs = [];
  {
    var v = 1;
    fs.push(() => v);
  }
  {
    var v = 2;
    fs.push(() => v);
  }
  v = 3;
  return fs[0]() + fs[1]();
}
console.log(f());
function g() {
  if (true) { var w = "in if"; }
  return (() => w)();
}
console.log(g());
