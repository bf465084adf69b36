// The first few property values live inside the object, the rest in a
// separate vector: reads, writes, deletes and accessors across the boundary.
function make(n) {
  const o = {};
  for (let i = 0; i < n; i++) o["p" + i] = i * 10;
  return o;
}
function sum(o) {
  let s = 0;
  for (const k in o) s += typeof o[k] === "number" ? o[k] : 0;
  return s;
}
for (const n of [0, 1, 3, 4, 5, 8, 40, 70]) {
  const o = make(n);
  if (n > 4) { o.p4 = -1; o.p3 = -2; }
  console.log(n, Object.keys(o).length, sum(o), JSON.stringify(o).length);
}
// Deletes shift later values across the boundary.
const d = make(7);
delete d.p1;
delete d.p5;
d.late = "L";
console.log(JSON.stringify(d));
// An accessor whose getter and setter straddle the boundary.
const a = { x: 1, y: 2, z: 3 };
let stored = 0;
Object.defineProperty(a, "acc", { get() { return "get:" + stored; }, set(v) { stored = v; }, enumerable: true, configurable: true });
a.after = "after";
a.acc = 42;
console.log(a.acc, a.after, JSON.stringify(a));
Object.defineProperty(a, "acc", { value: "data now", writable: true, enumerable: true, configurable: true });
console.log(a.acc, a.after, Object.keys(a).join(","));
// Constructors with more properties than fit inside the object.
class Wide {
  constructor(k) {
    this.a = k; this.b = k + 1; this.c = k + 2; this.d = k + 3;
    this.e = k + 4; this.f = k + 5; this.g = k + 6;
  }
  total() { return this.a + this.b + this.c + this.d + this.e + this.f + this.g; }
}
let t = 0;
const keep = [];
for (let i = 0; i < 3000; i++) {
  const w = new Wide(i);
  w.g += 1;
  t += w.total();
  if (i % 1000 === 0) keep.push(w);
}
console.log(t, keep.map((w) => w.g).join(","));
// Arrays and functions keep their own properties apart from their elements.
const arr = [1, 2, 3];
arr.tag = "T";
arr.extra = { deep: true };
function fn() {}
fn.a = 1; fn.b = 2; fn.c = 3; fn.d = 4; fn.e = 5;
console.log(arr.tag, arr.extra.deep, arr.length, fn.a + fn.b + fn.c + fn.d + fn.e, fn.name, fn.length);
