var fs = ["sin", "cos", "tan", "asin", "acos", "atan", "exp", "expm1", "log", "log1p", "log2", "log10", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt"];
var xs = [0, -0, 0.1, -0.1, 0.5, 1, -1, 1.5, 2, Math.PI, Math.PI / 2, Math.PI / 4, 3, 10, -10, 22, 100, 1e-9, 1e6, 1e22, 710, -745, 0.7853981633974483, 12345.678];
for (var i = 0; i < fs.length; i++) {
  var f = Math[fs[i]];
  var row = [];
  for (var j = 0; j < xs.length; j++) row.push(f(xs[j]));
  console.log(fs[i], row.join(" "));
}
var seed = 42;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
var acc = [];
for (var k = 0; k < 300; k++) {
  var x = (rnd() * 2 - 1) * [1, 10, 100, 0.01][k % 4];
  acc.push(Math.sin(x), Math.cos(x), Math.tan(x), Math.exp(x / 10), Math.log(Math.abs(x)), Math.atan2(x, rnd() - 0.5), Math.sqrt(Math.abs(x)), Math.cbrt(x), Math.tanh(x), Math.log1p(Math.abs(x)));
}
for (var k = 0; k < acc.length; k += 10) console.log(acc.slice(k, k + 10).join(" "));
console.log(Math.atan2(1, 0), Math.atan2(-1, 0), Math.atan2(0, 0), Math.atan2(-0, -0), Math.atan2(Infinity, Infinity), Math.atan2(-Infinity, -Infinity), Math.atan2(1, -Infinity));
console.log(Math.exp(1) === Math.E, Math.log(Math.E), Math.log10(1e15), Math.log2(1024), Math.log2(3), Math.cosh(1), Math.sinh(1), Math.expm1(1e-10), Math.log1p(-1), Math.atanh(-1));
console.log(Math.pow(2, 0.5), Math.pow(10, -2), Math.pow(1.0000001, 1e7), Math.pow(-2, 3), Math.pow(-2, 0.5), Math.pow(0.5, -1074), 2 ** 10, Math.pow(4, 0.5));
