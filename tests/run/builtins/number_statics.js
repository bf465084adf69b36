var vals = [0, -0, 1, 1.5, -3, NaN, Infinity, -Infinity, 9007199254740991, 9007199254740992, -9007199254740991, 1e300, "5", null, undefined, true, [], {}];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  console.log(String(v), Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), Number.isNaN(v), isFinite(v), isNaN(v));
}
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.EPSILON > 0, 0.1 + 0.2 - 0.3 < Number.EPSILON);
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt);
console.log(Number.parseFloat("3.14abc"), Number.parseFloat("  -1e3x"), Number.parseFloat(".5"), Number.parseFloat("abc"), Number.parseFloat("Infinityx"), Number.parseFloat("-.5e-2"));
console.log(Number.parseInt("42px"), Number.parseInt("0x1F"), Number.parseInt("1010", 2), Number.parseInt("z", 36), Number.parseInt("  -17  "), Number.parseInt(""), Number.parseInt("12", 1), Number.parseInt("08"));
console.log(Number("12"), Number(""), Number(" 0x10 "), Number("1e3"), Number("abc"), Number(null), Number(undefined), Number([5]), Number(true));
console.log((1234.5678).toLocaleString(), (1000000).toLocaleString(), (-0.5).toLocaleString(), (0).toLocaleString(), (12.3456).toLocaleString());
