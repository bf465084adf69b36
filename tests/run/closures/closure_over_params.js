// Closures over parameters, including parameters reassigned later.
function adder(x) { return function (y) { return x + y; }; }
console.log(adder(3)(4), adder("a")("b"));
function reassigned(x) {
  var f = function () { return x; };
  x = x * 100;
  return f;
}
console.log(reassigned(2)());
function setter(v) {
  return { get: () => v, set: (n) => { v = n; } };
}
var s = setter("init");
console.log(s.get());
s.set("updated");
console.log(s.get());
function missingParam(a, b) { return () => b; }
console.log(missingParam(1)());
