// Closures over a var declared inside a switch share the function-level binding.
function f(x) {
  var fs = [];
  switch (x) {
    case 1:
      var v = "one";
      fs.push(() => v);
    case 2:
      v = v === undefined ? "two" : v + "+two";
      fs.push(() => v);
      break;
  }
  v = v + "!";
  return fs.length + " " + fs[0]() + " " + fs[fs.length - 1]();
}
console.log(f(1));
console.log(f(2));
