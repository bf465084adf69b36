// Int32 locals (kept in integer registers) and int32 sums (`(a + b) | 0`
// computed on i32s when every leaf is an int32), at their edges.

// Accumulators with `| 0`, including wrap-around.
let s = 0;
for (let i = 0; i < 100; i++) s = (s + i * 40000000) | 0;
console.log("acc", s);
let h = 7;
for (let i = 0; i < 50; i++) h = (h * 31 + i) | 0;
console.log("hash", h);
let m = 1;
for (let i = 0; i < 40; i++) m = (m * 2097152 + 2147483647) | 0; // bound 2^52
console.log("big mul", m);
let prod = 3;
for (let i = 0; i < 20; i++) prod = (prod * prod + 1) | 0; // product of two int32s: generic
console.log("square", prod);

// Reads give the exact value, never -0.
let z = 0 | 0;
console.log("zero", 1 / z, Object.is(z, 0), Object.is(z, -0));
let neg = -2147483648 | 0;
console.log("min", neg, neg - 1, -neg, neg * 2);
let k = ~0;
k ^= 255;
k <<= 3;
k >>= 1;
console.log("compound", k, typeof k, k.toString(16));

// Leaves that are not int32s take the generic path, with JavaScript's order.
const leaves = [1, 2.5, -0, "12", "x", null, undefined, true, 2147483648, -2147483649, 1e300, NaN, [], [7], {}];
for (const leaf of leaves) {
  let a = 5;
  a = (a + leaf) | 0;
  let b = 5;
  b = (leaf - b * 3) | 0;
  let c = (leaf * 4 + 1) >>> 0;
  console.log(String(leaf), a, b, c);
}
const log = [];
const o = { valueOf() { log.push("o"); return 3; } };
function g(x) { log.push("g" + x); return x; }
console.log((o + g(1)) | 0, (g(2) - o * 2) | 0, (o * g(3) + g(4) * o) ^ 0, log.join(" "));
const bad = { valueOf() { throw new Error("valueOf"); } };
try {
  const r = (bad * 2 + g(5)) | 0;
  console.log("no throw", r);
} catch (e) {
  console.log("threw", e.message, log.join(" "));
}
let t = 0;
try {
  for (let i = 0; i < 10; i++) t = (t + (i === 7 ? bad : i)) | 0;
} catch (e) {
  console.log("t after throw", t);
}

// Sums as shift counts and under `>>>`.
for (const x of [1, 31, 32, 33, -1]) {
  console.log("shift", x, 1 << (x + 0), -1 >>> (x - 1), (x * 3 + 1) >>> 0, (x - 2) >> (x + 1));
}

// Bounded counters near the ends of the range.
let c1 = 0;
for (let i = 2147483640; i < 2147483647; i++) c1 = (c1 + i) | 0;
console.log("top", c1);
let c2 = 0;
for (let i = -2147483640; i > -2147483648; i--) c2 = (c2 ^ i) | 0;
console.log("bottom", c2);
let c3 = 0;
for (let i = 2147483640; i <= 2147483646; i++) c3++;
console.log("le", c3);
let c4 = 0;
for (let i = 0; i < 10; i++) {
  if (i % 3 === 0) continue;
  c4 = (c4 + i) | 0;
}
console.log("continue", c4);
let limit = 5 | 0;
let c5 = 0;
for (let i = 0; i < limit; i++) {
  limit = (limit - 1) | 0;
  c5 = (c5 * 10 + i) | 0;
}
console.log("moving bound", c5, limit);
outer: for (let i = 0; i < 4; i++) {
  for (let j = 3; j > 0; j--) {
    if (j === i) continue outer;
    if (i + j === 5) break outer;
    console.log("pair", i, j);
  }
}

// Comparisons and indexing with int32 values.
const arr = [10, 20, 30];
arr[-1] = "minus one";
for (let i = -1; i < 4; i++) {
  const j = i | 0;
  console.log("index", j, arr[j], j < 1, j === 0, j == "0", j < 2.5, j > NaN, j <= -1);
}
let w = 0;
for (let i = 0; i < 3; i++) {
  w = (w << 1) | 1;
  arr[w & 3] = w;
}
console.log("writes", arr.join(","), arr.length);

// An int32 local in a function called many times, and returned.
function mix(x, y) {
  let r = x | 0;
  for (let i = 0; i < 8; i++) r = ((r << 5) - r + (y >> i)) | 0;
  return r;
}
let acc = 0;
for (let i = 0; i < 1000; i++) acc = (acc + mix(i, i * 7919)) | 0;
console.log("mix", acc, mix(2147483647, -1), mix("3", 4.5));
