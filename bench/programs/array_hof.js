// array_hof: map / filter / reduce / forEach / some / every with closures
// over arrays of numbers (ints and doubles).

let seed = 12345;
function rand() {
  // Park-Miller minimal standard LCG; all intermediates are exact doubles.
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const N = 100000;
const base = [];
for (let i = 0; i < N; i++) base.push(rand() % 1000);

let checksum = 0;
for (let iter = 0; iter < 40; iter++) {
  const k = iter + 1;
  const scaled = base.map((x) => x * k + iter);
  const evens = scaled.filter((x) => (x & 1) === 0);
  const sum = evens.reduce((acc, x) => acc + x, 0);
  const doubles = base.map((x, i) => (x + i) / 4);
  const dsum = doubles.reduce((acc, x) => acc + x, 0);
  let big = 0;
  scaled.forEach((x) => { if (x > 500 * k) big++; });
  const anyHuge = scaled.some((x) => x > 999 * k + iter);
  const allNonNeg = evens.every((x) => x >= 0);
  const idx = scaled.indexOf(scaled[iter * 7]);
  checksum = (checksum * 31 + sum + Math.floor(dsum) + big + evens.length + idx
              + (anyHuge ? 1 : 0) + (allNonNeg ? 2 : 0)) % 1000000007;
}
console.log("len " + base.length);

// Sorting with a comparator closure, then slicing and joining.
const sorted = base.slice(0, 20000).sort((x, y) => x - y);
let mono = 1;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) mono = 0;
console.log("sorted " + mono + " " + sorted[0] + " " + sorted[sorted.length - 1]);
console.log("head " + sorted.slice(10000, 10008).join(","));
console.log("checksum " + checksum);
