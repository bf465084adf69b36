// Cells compiled code allocates inline (object literals, instances,
// closures, boxes) hold exactly what they were made with, next to cells
// the runtime allocates (wide instances, closures with many captures).

class Pair {
  constructor(a, b) {
    this.a = a;
    this.b = b;
  }
}
class Six {
  constructor(i) {
    this.a = i; this.b = i; this.c = i; this.d = i; this.e = i; this.f = i;
  }
}
function Legacy(v) {
  this.v = v;
}
Legacy.prototype.twice = function () { return this.v * 2; };

function box(i) {
  let n = i;
  return [() => n++, () => n];
}

function big(i) {
  const v0 = i, v1 = i + 1, v2 = i + 2, v3 = i + 3, v4 = i + 4, v5 = i + 5, v6 = i + 6;
  const w0 = i, w1 = i + 1, w2 = i + 2, w3 = i + 3, w4 = i + 4, w5 = i + 5, w6 = i + 6;
  const x0 = i, x1 = i + 1, x2 = i + 2, x3 = i + 3, x4 = i + 4, x5 = i + 5, x6 = i + 6;
  const y0 = i, y1 = i + 1, y2 = i + 2, y3 = i + 3, y4 = i + 4, y5 = i + 5, y6 = i + 6;
  const z0 = i, z1 = i + 1, z2 = i + 2, z3 = i + 3, z4 = i + 4, z5 = i + 5, z6 = i + 6;
  const q0 = i, q1 = i + 1, q2 = i + 2, q3 = i + 3, q4 = i + 4, q5 = i + 5, q6 = i + 6;
  const r0 = i, r1 = i + 1, r2 = i + 2, r3 = i + 3, r4 = i + 4, r5 = i + 5, r6 = i + 6;
  const s0 = i, s1 = i + 1, s2 = i + 2, s3 = i + 3, s4 = i + 4, s5 = i + 5, s6 = i + 6;
  return function sum() {
    return v0 + v1 + v2 + v3 + v4 + v5 + v6 + w0 + w1 + w2 + w3 + w4 + w5 + w6 +
      x0 + x1 + x2 + x3 + x4 + x5 + x6 + y0 + y1 + y2 + y3 + y4 + y5 + y6 +
      z0 + z1 + z2 + z3 + z4 + z5 + z6 + q0 + q1 + q2 + q3 + q4 + q5 + q6 +
      r0 + r1 + r2 + r3 + r4 + r5 + r6 + s0 + s1 + s2 + s3 + s4 + s5 + s6;
  };
}

const kept = [];
let total = 0;
for (let i = 0; i < 3000; i++) {
  const o = { i, s: "k" + (i % 10), nested: { j: i * 2 } };
  const p = new Pair(o, i);
  const s = new Six(i);
  const l = new Legacy(i);
  const [inc, get] = box(i);
  inc();
  inc();
  const arrow = (x) => x + i;
  const g = big(i);
  total += p.a.nested.j + p.b + s.f + l.twice() + get() + arrow(1) + g();
  if (i % 500 === 0) kept.push({ o, p, s, l, get, arrow, g });
}
console.log(total);
for (const k of kept) {
  console.log(
    k.o.i, k.o.s, k.o.nested.j, k.p.a === k.o, k.s.f, k.l.twice(), k.get(), k.arrow(0), k.g(),
    Object.getPrototypeOf(k.o) === Object.prototype,
    k.p instanceof Pair, k.s instanceof Six, k.l instanceof Legacy,
    Object.keys(k.s).length, k.arrow.name, k.arrow.length, k.g.name, k.g.length,
  );
}
function declared(a, b, c) {}
const arrow2 = () => {};
console.log(declared.name, declared.length, typeof declared.prototype, arrow2.prototype);
console.log(Object.getPrototypeOf(arrow2) === Function.prototype, Object.isExtensible({}));
const frozenLit = Object.freeze({ a: 1 });
const fresh = { a: 1 };
fresh.a = 2;
console.log(Object.isFrozen(frozenLit), Object.isFrozen(fresh), fresh.a);
