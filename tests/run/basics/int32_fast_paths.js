// The inline paths of bitwise operators and `%`: chains of int32 results,
// uint32 results (`>>>`) fed back into int32 operators, values near 2^62 and
// 2^63 (left to the runtime), non-numbers, and remainders of extreme integers.
const big = [2 ** 62 - 1024, 2 ** 62, -(2 ** 62), 2 ** 62 + 2 ** 40, 2 ** 63 - 2048, 2 ** 63,
  -(2 ** 63), -(2 ** 63) - 4096, 3e18, -3e18];
for (const x of big) {
  console.log(x | 0, x >> 1, x >>> 0, ~x, x ^ 0x7fffffff, x % 3, x % -7, x % 2 ** 40, -x % 5);
}
console.log(-(2 ** 63) % -1, Object.is(-(2 ** 63) % -1, -0), 2 ** 63 % 2, (2 ** 63) % 1000);
const odd = ["12", "0x10", " 7 ", "", "abc", true, false, null, undefined, [], [5], {}, { valueOf() { return 9; } }];
for (const v of odd) {
  console.log(v | 0, v & 3, v >>> 1, v << 2, ~v, v % 4);
}
// Chains: every operand but the first is another operator's int32 result.
let h = 0x811c9dc5 | 0;
for (let i = 0; i < 1000; i++) {
  h = (h ^ (i & 0xff)) | 0;
  h = ((h << 13) | (h >>> 19)) | 0;
  h = (h * 16777619) | 0;
  h = (h + (h >> 7)) & 0xffffffff;
}
console.log(h, h >>> 0, (h >>> 0) | 0, ((h >>> 0) >> 1), (h >>> 0) % 1000);
const u = 0xffffffff >>> 0;
console.log(u | 0, u & u, u ^ 1, ~u, u >> 0, (u >>> 0) << 1);
let acc = 0;
for (let i = -50000; i < 50000; i += 7) acc = (acc + (i % 13) * (i | 1)) | 0;
console.log(acc);
