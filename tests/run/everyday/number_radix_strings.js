// toString with radix and parseInt/parseFloat/Number.
const ns = [0, 1, 2, 10, 255, -255, 3.5, 0.1, 4294967295, 2 ** 53];
for (const n of ns) console.log(n, n.toString(2), n.toString(16), n.toString(36));
console.log((255).toString(8), (-0).toString(2), (NaN).toString(2), (Infinity).toString(16));
console.log(parseInt("ff", 16), parseInt("0x1A"), parseInt("101", 2), parseInt("z", 36), parseInt("12px"));
console.log(parseInt(""), parseInt("  42  "), parseInt("-0"), parseInt("3.99"), parseInt("1e3"));
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2"), parseFloat("abc"));
console.log(Number(""), Number("  12 "), Number("0x10"), Number("0b101"), Number("1e3"), Number("12px"));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number([7]), Number([1, 2]));
console.log((12345.6789).toString(), (0.000001).toString(), (1e-7).toString());
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.isFinite("5"), isFinite("5"));
