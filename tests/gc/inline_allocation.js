// Objects, instances, closures and boxes that compiled code allocates
// without calling the runtime, across many collections: a ring keeps the
// last few hundred of each alive while everything else dies. Each survivor
// is checked when it leaves the ring, so a cell reused while still
// reachable (a young log entry or a byte count lost) shows up as a wrong
// sum; the stats line must show every dead cell freed.

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  sum() {
    return this.x + this.y;
  }
}

// More than a narrow object's in-object slots: after the first instance,
// `new` makes wide objects (the inline path must leave them to the runtime).
class Wide {
  constructor(i) {
    this.a = i; this.b = i + 1; this.c = i + 2;
    this.d = i + 3; this.e = i + 4; this.f = i + 5;
  }
}

function counter(start) {
  let n = start; // boxed: shared by both closures
  return { inc: () => ++n, get: () => n };
}

// 60 captured slots: a function cell larger than the small-cell limit.
function manyCaptures(i) {
  const a0 = i, a1 = i + 1, a2 = i + 2, a3 = i + 3, a4 = i + 4, a5 = i + 5, a6 = i + 6, a7 = i + 7, a8 = i + 8, a9 = i + 9;
  const b0 = i, b1 = i + 1, b2 = i + 2, b3 = i + 3, b4 = i + 4, b5 = i + 5, b6 = i + 6, b7 = i + 7, b8 = i + 8, b9 = i + 9;
  const c0 = i, c1 = i + 1, c2 = i + 2, c3 = i + 3, c4 = i + 4, c5 = i + 5, c6 = i + 6, c7 = i + 7, c8 = i + 8, c9 = i + 9;
  const d0 = i, d1 = i + 1, d2 = i + 2, d3 = i + 3, d4 = i + 4, d5 = i + 5, d6 = i + 6, d7 = i + 7, d8 = i + 8, d9 = i + 9;
  const e0 = i, e1 = i + 1, e2 = i + 2, e3 = i + 3, e4 = i + 4, e5 = i + 5, e6 = i + 6, e7 = i + 7, e8 = i + 8, e9 = i + 9;
  const f0 = i, f1 = i + 1, f2 = i + 2, f3 = i + 3, f4 = i + 4, f5 = i + 5, f6 = i + 6, f7 = i + 7, f8 = i + 8, f9 = i + 9;
  return () =>
    a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 +
    b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9 +
    c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 +
    d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + d9 +
    e0 + e1 + e2 + e3 + e4 + e5 + e6 + e7 + e8 + e9 +
    f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + f8 + f9;
}

const RING = 300;
const ring = [];
for (let i = 0; i < RING; i++) ring.push(null);
let check = 0;

for (let i = 0; i < 600000; i++) {
  const p = new Point(i, i * 2);
  const lit = { p, tag: i & 7, list: [i] };
  const c = counter(i);
  c.inc();
  const w = new Wide(i);
  const f = function named(x) { return x + lit.tag; };
  const entry = { p, lit, c, w, f, big: i % 50 === 0 ? manyCaptures(i) : null };
  const slot = i % RING;
  const old = ring[slot];
  if (old !== null) {
    check = (check + old.p.sum() + old.lit.tag + old.lit.list[0] + old.c.get()) | 0;
    check = (check + old.w.f + old.f(1) + old.f.length + old.f.name.length) | 0;
    if (old.big !== null) check = (check + old.big()) | 0;
    if (Object.getPrototypeOf(old.lit) !== Object.prototype) check = -1;
    if (!(old.p instanceof Point) || !(old.w instanceof Wide)) check = -2;
  }
  ring[slot] = entry;
}
console.log("check " + check);
console.log(typeof ring[0].f, ring[0].f.name, ring[0].f.length, Object.keys(ring[0].w).join(""));
console.log(ring[RING - 1].p.sum(), ring[RING - 1].c.get(), ring[RING - 1].lit.list.length);
