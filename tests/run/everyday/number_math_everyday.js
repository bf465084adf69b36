// Everyday Math and rounding.
const xs = [2.5, -2.5, 2.4, -2.6, 0.5, -0.5, 1.005];
console.log(xs.map(Math.round), xs.map(Math.floor), xs.map(Math.ceil), xs.map(Math.trunc));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max(1, "3"), Math.min(...[4, 2, 8]));
console.log(Math.abs(-7), Math.sign(-3), Math.sqrt(16), Math.cbrt(27), Math.pow(2, 10), 2 ** -1);
console.log(Math.hypot(3, 4), Math.log10(1000), Math.log2(8), Math.exp(0), Math.log(Math.E));
console.log(Math.PI.toFixed(5), Math.sin(0), Math.cos(Math.PI), Math.atan2(1, 1).toFixed(4));
const round2 = (x) => Math.round(x * 100) / 100;
console.log(round2(1.005), round2(2.675), round2(-1.555), Number((1.005).toFixed(2)));
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
console.log([-5, 5, 15].map((x) => clamp(x, 0, 10)));
console.log(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 2 ** 3 ** 2, (-8) ** (1 / 3));
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 9007199254740993);
console.log(~~3.7, 3.7 | 0, -3.7 | 0, 1 << 31, 1 << 32, -1 >>> 0, -1 >>> 28, 5 & 3, 5 | 3, 5 ^ 3);
console.log(Number.parseFloat("1.5e3"), (25).toString(36), Number("0o17"), +"  ", +"\n42\t");
