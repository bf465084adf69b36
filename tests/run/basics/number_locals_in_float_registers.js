// Number locals live in float registers; `-`, `*` and `/` join their fast
// and generic results as doubles; a local's value is computed once where it
// is assigned, even when read on both sides of later branches.
const withValueOf = (n) => ({ valueOf() { return n; } });

function mixed(a, b) {
  const d = a - b;
  const p = a * b;
  const q = a / b;
  const both = d + p + q;
  return [d, p, q, both, typeof d, Object.is(d, -0), Number.isNaN(q)];
}
console.log(mixed(7, 2));
console.log(mixed(withValueOf(7), 2));
console.log(mixed("9", "3"));
console.log(mixed(undefined, 1));
console.log(mixed(null, 4));
console.log(mixed(0, 0));
console.log(mixed(-0, 1));
console.log(mixed(0, -1));
console.log(mixed(-0, 0));
console.log(mixed(Infinity, Infinity));
console.log(mixed([5], true));

// A local assigned once and read after joins of fast and slow paths.
function reuse(xs) {
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const sq = x * x;
    const root = Math.sqrt(sq);
    const ratio = sq / (root + 1);
    total += x > 0 ? ratio + sq : ratio - sq;
    if (Number.isNaN(ratio)) total = -1;
  }
  return total;
}
console.log(reuse([1, 2, 3, -4, 0.5]));
console.log(reuse([1, "2", withValueOf(3)]));
console.log(reuse([1, {}, 3]));
console.log(reuse([-0, 1e308, 1e-308]));

// NaN and -0 survive being stored, passed and compared.
function special() {
  let n = 0 / 0;
  let z = -1 * 0;
  let inf = 1 / z;
  const out = [];
  for (let i = 0; i < 3; i++) {
    out.push(n !== n, Object.is(z, -0), inf, n + i, z + i);
    n = n * 2;
    z = z * 1;
  }
  return out;
}
console.log(special());

// A getter that changes the type of a property read into a number local.
let calls = 0;
const o = {
  get w() {
    calls++;
    return calls % 2 ? 3 : "4";
  },
};
let acc = 1;
for (let i = 0; i < 6; i++) {
  const v = o.w * 2;
  const u = v / 4;
  acc = acc * u - v;
}
console.log(acc, calls);
