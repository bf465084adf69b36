// Number to string (String(x), `+ ""`, JSON.stringify) over many doubles of
// every magnitude: integers, binary fractions (printed exactly), and values
// that need the shortest round-trip digits; a hash of all, and a sample.
let seed = 12345;
function rnd() {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}
const scales = [1e-30, 1e-25, 1e-21, 1e-20, 1e-10, 1e-7, 1e-6, 1e-5, 0.001, 0.1, 1, 10,
  1000, 1e6, 1e15, 1e16, 1e20, 1e21, 1e22, 1e25, 1e30, 1e300];
let hash = 0;
const sample = [];
for (let i = 0; i < 30000; i++) {
  const r = rnd();
  let x = (r - 0.5) * scales[i % scales.length];
  if (i % 3 === 0) x = Math.round(x * 4) / 4;
  if (i % 5 === 0) x = Math.round(x * 1024) / 1024;
  if (i % 7 === 0) x = Math.floor(x);
  if (i % 11 === 0) x = (r * 1000) / 7;
  if (i % 13 === 0) x = Math.floor(r * 2 ** 53) * (i % 2 ? 1 : -1);
  const s = String(x) + "|" + (x + "") + "|" + JSON.stringify([x]);
  for (let j = 0; j < s.length; j++) hash = (hash * 31 + s.charCodeAt(j)) % 1000000007;
  if (i % 150 === 0) sample.push(s);
}
console.log(hash);
console.log(sample.join("\n"));
