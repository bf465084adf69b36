// A closure keeps its environment alive after several frames have returned.
function a(x) { return b(x + 1); }
function b(y) { var local = y * 2; return c(local); }
function c(z) {
  var hidden = z + 1;
  return function () { hidden++; return hidden; };
}
var f = a(1);
function noise(n) { var junk = n; for (var i = 0; i < 100; i++) junk += i; return junk; }
noise(5);
console.log(f());
noise(6);
console.log(f());
var g = a(10);
console.log(g(), f());
