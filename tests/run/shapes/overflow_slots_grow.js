// Objects that outgrow their in-object slots keep their later properties in
// an overflow vector that grows as properties are added at the same sites
// (inline caches following transitions into the overflow).
function build(n) {
  const o = {};
  o.a = 1;
  o.b = 2;
  o.c = 3;
  o.d = 4;
  o.e = 5;
  o.f = 6;
  o.g = 7;
  o.h = 8;
  o.i = 9;
  o.j = 10;
  o.k = n;
  return o;
}
let sum = 0;
const objs = [];
for (let r = 0; r < 200; r++) {
  const o = build(r);
  o.extra = r * 2;
  sum += o.a + o.e + o.j + o.k + o.extra;
  objs.push(o);
}
console.log(sum, Object.keys(objs[5]).join(","));

// Many keys added in a loop, then read, overwritten and deleted.
const big = {};
for (let i = 0; i < 100; i++) big["p" + i] = i;
let t = 0;
for (let i = 0; i < 100; i++) t += big["p" + i];
for (let i = 0; i < 100; i += 3) delete big["p" + i];
for (let i = 1; i < 100; i += 3) big["p" + i] = -i;
console.log(t, Object.keys(big).length, big.p1, big.p2, big.p99, big.p0);

// Instances of a constructor with more properties than a wide object holds.
function Many(x) {
  this.a = x;
  this.b = x + 1;
  this.c = x + 2;
  this.d = x + 3;
  this.e = x + 4;
  this.f = x + 5;
  this.g = x + 6;
  this.h = x + 7;
  this.i = x + 8;
  this.j = x + 9;
  this.k = x + 10;
  this.l = x + 11;
}
let u = 0;
for (let r = 0; r < 300; r++) {
  const m = new Many(r);
  m.l += m.a;
  u += m.l + m.k + m.i;
}
console.log(u, JSON.stringify(new Many(1)));
