// An inlined method's `this` is the call's receiver: objects of several
// shapes, arrays, functions, and (strict methods) primitives, read from
// locals, parameters, properties and expressions; the receiver's value and
// kind must be the same inside the inlined body as in an ordinary call.

class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  getX() { return this.x; }
  sum() { return this.x + this.y; }
  self() { return this; }
  kind() { return typeof this; }
}
class Point3 extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
}

function sumAll(points) {
  let s = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    s += p.getX() * 100 + p.sum();
    if (p.self() !== p) throw new Error("self");
  }
  return s;
}
const pts = [];
for (let i = 0; i < 50; i++) pts.push(i % 3 === 0 ? new Point3(i, i + 1, i + 2) : new Point(i, -i));
console.log(sumAll(pts));

// A receiver that is reassigned between calls, and one read from a property.
let q = new Point(1, 2);
const holder = { point: new Point(5, 6) };
let acc = [];
for (let round = 0; round < 3; round++) {
  acc.push(q.sum(), holder.point.getX(), q.self().y);
  q = new Point3(round, round * 2, 0);
  holder.point = round % 2 ? new Point(9, 9) : new Point3(7, 7, 7);
}
console.log(acc.join(" "));

// Strict methods on primitive receivers: `this` is the primitive itself.
String.prototype.shout = function () { "use strict"; return typeof this + ":" + this.toUpperCase(); };
Number.prototype.twice = function () { "use strict"; return typeof this === "number" ? this * 2 : "boxed"; };
Boolean.prototype.flip = function () { "use strict"; return !this; };
const prims = ["ab", 21, true, "cd", 0.5, false];
const out = [];
for (const v of prims) {
  if (typeof v === "string") out.push(v.shout());
  else if (typeof v === "number") out.push(v.twice());
  else out.push(v.flip());
}
console.log(out.join(" "));
// A sloppy method boxes a primitive receiver.
Number.prototype.sloppyKind = function () { return typeof this; };
const n = 4;
console.log(n.sloppyKind(), (5).sloppyKind(), Point.prototype.kind.call(3));

// Arrays and functions as receivers of the same inlined method.
const getLength = { getLen() { return this.length; } };
const arr = [1, 2, 3];
arr.getLen = getLength.getLen;
function fn3(a, b, c) { return a + b + c; }
fn3.getLen = getLength.getLen;
for (const r of [arr, fn3, { length: "own", getLen: getLength.getLen }, arr]) console.log(r.getLen());

// Methods whose receiver is a call's result and a conditional expression.
const pick = (a, b, first) => (first ? a : b);
console.log(pick(new Point(1, 1), new Point(2, 2), false).sum(),
  (Math.random() < 2 ? new Point(3, 4) : null).getX(),
  new Point(6, 7).self().sum());

// Receivers read from properties and elements, primitives among them.
const box = { s: "xy", n: 4, b: false, p: new Point(8, 9), list: ["q", 2, new Point3(1, 1, 1)] };
const fromProps = [box.s.shout(), box.n.twice(), box.b.flip(), box.p.sum(), box.p.self() === box.p];
for (let i = 0; i < box.list.length; i++) {
  const item = box.list[i];
  fromProps.push(typeof item === "string" ? box.list[i].shout() : typeof item === "number" ? box.list[i].twice() : box.list[i].sum());
}
console.log(fromProps.join(" "));
