console.log(Math.PI, Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.SQRT1_2, Math.SQRT2);
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Math.abs("-3"), Math.abs(null), Math.abs(), Math.abs(-Infinity));
console.log(Math.floor(1.7), Math.floor(-1.2), Math.floor(-0), Math.ceil(1.2), Math.ceil(-1.7), Math.ceil(-0.5), Math.trunc(4.7), Math.trunc(-4.7), Math.trunc(-0.2));
console.log(Math.sign(5), Math.sign(-5), Math.sign(0), Math.sign(-0), Math.sign(NaN), Math.sign("3"));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2));
console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(2, 0.5), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-8, 1 / 3), Math.pow(0, -1), Math.pow(-0, -1));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(1, 1), Math.hypot(NaN, Infinity), Math.hypot(3, 4, 12), Math.hypot(-0), Math.hypot(1e200, 1e200));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50));
console.log(Math.exp(0), Math.exp(1), Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1), Math.log10(1000), Math.log2(8), Math.log1p(0), Math.expm1(0));
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.asin(1), Math.acos(1), Math.atan(1), Math.atan2(1, 1), Math.atan2(0, -0), Math.atan2(-0, 0));
console.log(Math.sinh(0), Math.cosh(0), Math.tanh(0), Math.asinh(0), Math.acosh(1), Math.atanh(0), Math.tanh(Infinity), Math.atanh(1));
var fs = ["sin", "cos", "tan", "exp", "log", "sqrt", "atan", "sinh", "cosh", "tanh", "asinh", "log2", "log10", "log1p", "expm1", "cbrt"];
for (var i = 0; i < fs.length; i++) {
  var f = Math[fs[i]];
  console.log(fs[i], f(0.5).toFixed(12), f(2).toFixed(12), f(10).toFixed(8));
}
console.log(typeof Math, String(Math), Object.prototype.toString.call(Math), Math.max.length, Math.hypot.length);
