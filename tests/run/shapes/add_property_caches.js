// Sites that add a property (constructors) must respect setters and
// read-only properties that appear on the prototype chain later, frozen and
// non-extensible objects, and strict mode.
"use strict";
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const pts = [];
for (let i = 0; i < 5; i++) pts.push(new Point(i, i * 2));
console.log(pts.map((p) => p.x + p.y).join(" "), Object.keys(pts[0]).join(","));

// A setter on the prototype now intercepts `this.y = y`.
const calls = [];
Object.defineProperty(Point.prototype, "y", {
  set(v) { calls.push(v); },
  get() { return -1; },
  configurable: true,
});
const q = new Point(7, 8);
console.log(q.x, q.y, calls.join(","), Object.keys(q).join(","));
delete Point.prototype.y;
const r = new Point(9, 10);
console.log(r.x, r.y, Object.keys(r).join(","));

// A read-only property on the prototype: strict code throws.
Object.defineProperty(Point.prototype, "x", { value: 0, writable: false, configurable: true });
try {
  new Point(1, 2);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
delete Point.prototype.x;
console.log(new Point(3, 4).x);

// Writes to an existing property, then the object is frozen.
function setX(o, v) { o.x = v; }
const p = new Point(1, 1);
for (let i = 0; i < 3; i++) setX(p, i);
Object.freeze(p);
try {
  setX(p, 99);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(p.x, Object.isFrozen(p));

// Adds to a non-extensible object.
function setZ(o, v) { o.z = v; }
const a = new Point(0, 0);
const b = new Point(0, 0);
setZ(a, 1);
Object.preventExtensions(b);
try {
  setZ(b, 2);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(a.z, b.z, Object.isExtensible(b));

// Sealed: existing properties stay writable.
const s = Object.seal(new Point(5, 6));
setX(s, 50);
console.log(s.x, Object.isSealed(s));
