// NaN and Infinity: production, printing and comparisons.
var nan = 0 / 0;
console.log(nan);
console.log(nan === nan);
console.log(nan !== nan);
console.log(nan == nan);
console.log(nan < 1, nan > 1, nan <= nan, nan >= nan);
console.log(1 / 0);
console.log(-1 / 0);
console.log(Infinity - Infinity);
console.log(Infinity * 0);
console.log(Infinity + 1 === Infinity);
console.log(-Infinity < -1e308);
console.log(NaN + 1);
console.log(typeof NaN, typeof Infinity);
console.log(String(NaN), String(-Infinity));
console.log(Infinity / Infinity);
console.log(2 ** 1024);
