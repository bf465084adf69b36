// ToInt32/ToUint32 of doubles of every size: truncation toward zero, then
// modulo 2^32 (inline for |x| < 2^63, the runtime beyond).
const xs = [0, -0, 1.9, -1.9, 2147483647, 2147483648, -2147483648, -2147483649,
  4294967295, 4294967296, 4294967301.7, -4294967301.7, 2 ** 40 + 3, -(2 ** 40) - 3,
  2 ** 53 - 1, -(2 ** 53) + 1, 1e15 + 0.5, 1e18, -1e18, 2 ** 62 + 2 ** 33,
  9223372036854775000, 2 ** 63, -(2 ** 63), 1e19, -1e19, 1e300, NaN, Infinity, -Infinity];
for (const x of xs) {
  console.log(x, x | 0, x & 0xffff, x ^ 1, x >>> 0, x >> 3, x << 5, ~x, 7 - (x | 0));
}
let acc = 0;
for (let i = 0; i < 100000; i++) acc = (acc + i * 40503 * 65537) | 0;
console.log(acc);
