// `new` on an ordinary constructor function makes the object inline (the
// prototype comes from an inline cache of `f.prototype`): the prototype may
// be replaced, be a primitive, or be changed between constructions; the
// function may return an object, a primitive, or throw.
function Legacy(v) { this.v = v; }
Legacy.prototype.twice = function () { return this.v * 2; };
let sum = 0;
for (let i = 0; i < 1000; i++) sum += new Legacy(i).twice();
console.log(sum, Object.getPrototypeOf(new Legacy(1)) === Legacy.prototype);

// Replacing the prototype object between constructions.
function Shape(n) { this.n = n; }
const made = [];
for (let i = 0; i < 6; i++) {
  if (i === 2) Shape.prototype = { kind() { return "second"; } };
  if (i === 4) Shape.prototype = { kind() { return "third"; } };
  made.push(new Shape(i));
}
console.log(made.map((s) => s.n + ":" + s.kind?.()).join(" "));
// A primitive prototype gives Object.prototype.
Shape.prototype = 7;
const odd = new Shape(9);
console.log(Object.getPrototypeOf(odd) === Object.prototype, odd.n);

// Results: an object or a function replaces `this`; primitives do not.
function ReturnsObject() { this.lost = true; return { kept: 1 }; }
function ReturnsArray() { return [1, 2]; }
function ReturnsFunction() { return function named() {}; }
function ReturnsPrimitive() { this.kept = 2; return "text"; }
function ReturnsNull() { this.kept = 3; return null; }
console.log(JSON.stringify(new ReturnsObject()), JSON.stringify(new ReturnsArray()),
  typeof new ReturnsFunction(), JSON.stringify(new ReturnsPrimitive()), JSON.stringify(new ReturnsNull()));

// Exceptions inside, nested constructions, and `this` escaping early.
const escaped = [];
function Throws(fail) { escaped.push(this); if (fail) throw new RangeError("no " + fail); this.done = true; }
function Nest(depth) { this.depth = depth; this.child = depth > 0 ? new Nest(depth - 1) : null; }
for (const fail of [0, "way", 0]) {
  try { console.log(JSON.stringify(new Throws(fail))); } catch (e) { console.log(e.name, e.message); }
}
console.log(escaped.length, escaped[1].done, JSON.stringify(new Nest(3)));

// Functions that gained properties (another shape), methods, arrows and
// generators-free non-constructors, bound functions.
function Tagged(x) { this.x = x; }
Tagged.count = 1;
Tagged.prototype.get = function () { return this.x; };
console.log(new Tagged(5).get(), new Tagged(6) instanceof Tagged);
const obj = { method() { return 1; } };
try { new obj.method(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
const BoundLegacy = Legacy.bind(null, 40);
console.log(new BoundLegacy().twice(), new BoundLegacy() instanceof Legacy);

// Many constructions with collections in between.
let last = null;
for (let i = 0; i < 20000; i++) last = new Legacy(last === null ? 0 : last.v + 1);
console.log(last.v, last.twice());
