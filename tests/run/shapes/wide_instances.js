// Constructors that set many properties on `this` make wide objects (more
// in-object slots, their own shapes). Everything must behave as for narrow
// objects, and one site may see both.
function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x; this.y = y; this.z = z;
  this.vx = vx; this.vy = vy; this.vz = vz;
  this.mass = mass;
}
Body.prototype.energy = function () { return this.mass * (this.vx * this.vx + this.vy * this.vy + this.vz * this.vz) / 2; };
const bodies = [];
for (let i = 0; i < 5; i++) bodies.push(new Body(i, i + 1, i + 2, i * 0.5, -i, 1, 10 + i));
// The same keys from a literal (a narrow object) go through the same sites.
bodies.push({ x: 9, y: 9, z: 9, vx: 1, vy: 1, vz: 1, mass: 1, energy: Body.prototype.energy });
let e = 0;
for (let k = 0; k < 3; k++) for (const b of bodies) { b.vx += 0.25; e += b.energy() + b.x; }
console.log(e, Object.keys(bodies[1]).join(","), JSON.stringify(bodies[2]));

// More keys than a wide cell holds; deletes; later additions; spread and assign.
function Big(n) {
  this.a = n; this.b = n + 1; this.c = n + 2; this.d = n + 3; this.e = n + 4;
  this.f = n + 5; this.g = n + 6; this.h = n + 7; this.i = n + 8; this.j = n + 9;
}
const big = new Big(1);
delete big.c;
big.k = "added";
big.a = "changed";
const seen = [];
for (const key in big) seen.push(key + "=" + big[key]);
console.log(seen.join(" "));
console.log({ ...big }.k, Object.assign({}, big).j, Object.entries(big).length, "c" in big);
Object.defineProperty(big, "hidden", { value: 1, enumerable: false });
Object.freeze(big);
big.a = "ignored";
console.log(big.a, Object.isFrozen(big), Object.getOwnPropertyNames(big).length);

// Classes: counts add up along the chain; fields and accessors still work.
class Base {
  constructor(a) { this.a = a; this.b = 2; this.c = 3; }
  get sum() { return this.a + this.b + this.c; }
}
class Mid extends Base {
  constructor(a) { super(a); this.d = 4; this.e = 5; }
}
class Leaf extends Mid {
  constructor(a) { super(a); this.f = 6; this.g = 7; this.h = 8; this.i = 9; }
  total() { return this.sum + this.d + this.e + this.f + this.g + this.h + this.i; }
}
const leaves = [new Leaf(1), new Leaf(10), new Mid(100), new Base(1000)];
for (const l of leaves) console.log(l.constructor.name, l.sum, l.total ? l.total() : "-", Object.keys(l).length);
class WithFields extends Leaf {
  extra = "field";
  constructor() { super(0); this.j = 10; }
}
const w = new WithFields();
console.log(w.extra, w.j, w.total(), Object.keys(w).join(""));

// A replaced prototype, and instances made before and after.
function P() { this.p1 = 1; this.p2 = 2; this.p3 = 3; this.p4 = 4; this.p5 = 5; this.p6 = 6; }
const before = new P();
P.prototype = { kind: "replaced" };
const after = new P();
console.log(before.kind, after.kind, after.p6, Object.getPrototypeOf(after) === P.prototype, before instanceof P, after instanceof P);

// A site whose receivers change shape for good, then back.
function read(o) { return o.v; }
let r = 0;
for (let i = 0; i < 3000; i++) {
  const o = i < 1000 ? { v: 1 } : i < 2000 ? { u: 0, v: 2 } : { v: 3 };
  r += read(o);
}
console.log("phases", r);
