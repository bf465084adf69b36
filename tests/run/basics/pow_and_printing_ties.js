// `**` and Math.pow are fdlibm's pow, as in V8 (not the C library's, which
// rounds correctly and so differs from node in the last digit), and a
// number prints as the shortest digits that round-trip, the closest of
// them to the exact value, and on a tie between two the even one.

const pows = [];
for (let k = -40; k <= 40; k++) {
  pows.push(10 ** k, Math.pow(10, k), 2.5 ** k, 1.1 ** k, Math.pow(7, k / 3), (-3) ** k);
}
for (const x of [0.1, 0.7, 1.5, 3, 123.456, 1e-7, 2, 10]) {
  for (const y of [0.5, 1.5, -2.5, 3.3, 10, 17, -17, 0.1, 2, -1, 1 / 3]) pows.push(x ** y);
}
console.log(pows.join(" "));

// Rounding to a number of decimals, the way programs do it.
const rounded = [];
for (let d = 0; d < 12; d++) {
  const f = 10 ** d;
  rounded.push(Math.round(Math.PI * f) / f, Math.round(-Math.E * f) / f, (1 / 3) * 10 ** -d);
}
console.log(rounded.join(" "));

// Exact binary fractions whose decimal form has 18 digits ending in 5 sit
// halfway between two 17-digit candidates.
let seed = 7;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const ties = [2 ** -25, -(2 ** -25), 3 * 2 ** -27];
for (let i = 0; i < 3000; i++) {
  const odd = 2 * Math.floor(rnd() * 2 ** 20) + 1;
  const j = Math.floor(rnd() * 90);
  ties.push(odd * 2 ** -j, odd * 2 ** (j - 20));
}
for (let i = 0; i < 1000; i++) ties.push(rnd() * 10 ** (Math.floor(rnd() * 40) - 20));
console.log(ties.join(" "));
console.log(String(2 ** -25), `${2 ** -25}`, JSON.stringify([2 ** -25]), (2 ** -25).toString());
// toExponential() without digits shows the same digits as toString.
console.log(ties.slice(0, 1500).map((v) => v.toExponential()).join(" "));
console.log((128.23867797851562).toExponential(), (-92.02957153320312).toExponential());
