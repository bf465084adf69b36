// `new` on a base class calls its constructor directly, and the constructor
// makes `this` from an inline cache of the class's `prototype`; everything
// else (fields, bound classes, derived classes, plain functions, natives,
// explicit returns, calls without new, exceptions) must behave as before.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.abs(this.x) + Math.abs(this.y); }
}
let sum = 0;
for (let i = 0; i < 1000; i++) sum += new Point(i, -i).norm();
console.log(sum, Object.getPrototypeOf(new Point(1, 2)) === Point.prototype);

// Classes made in a loop share code but not prototypes.
const made = [];
for (let i = 0; i < 4; i++) {
  made.push(class { constructor() { this.i = i; } which() { return "class " + i; } });
}
for (let round = 0; round < 3; round++) {
  console.log(made.map((K) => new K().which() + "/" + new K().i).join(" "));
}
// A class object that gained a static property has another shape.
class Grown { constructor() { this.v = 1; } get() { return this.v; } }
console.log(new Grown().get());
Grown.extra = 5;
console.log(new Grown().get(), Grown.extra, new Grown() instanceof Grown);

// Field initializers, bound classes, derived classes.
class WithFields { a = 1; b = this.a + 1; constructor(c) { this.c = c; } }
console.log(JSON.stringify(new WithFields(3)));
const BoundPoint = Point.bind(null, 10);
const bp = new BoundPoint(20);
console.log(bp.x, bp.y, bp instanceof Point);
class Point3 extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
const p3 = new Point3(1, 2, 3);
console.log(p3.norm(), p3.z, p3 instanceof Point, Object.getPrototypeOf(p3) === Point3.prototype);

// Explicit returns: an object replaces `this`; a primitive is ignored.
class ReturnsObject { constructor() { this.lost = true; return { kept: true }; } }
class ReturnsNumber { constructor() { this.kept = true; return 42; } }
console.log(JSON.stringify(new ReturnsObject()), JSON.stringify(new ReturnsNumber()));

// Nested constructions, one of which throws; then natives and derived
// classes of natives (they read new.target from the runtime).
class Inner { constructor(fail) { if (fail) throw new Error("inner failed"); this.ok = true; } }
class MyError extends Error { constructor(m) { super(m); this.extra = 1; } }
class MyMap extends Map {}
class Outer {
  constructor() {
    this.inner = new Inner(false).ok;
    try { new Inner(true); } catch (e) { this.caught = e.message; }
    const e = new MyError("mine");
    this.error = [e instanceof MyError, e instanceof Error, e.message, e.extra].join();
    const m = new MyMap([[1, "one"]]);
    this.map = [m instanceof MyMap, m.get(1)].join();
    this.plain = Object.getPrototypeOf(this) === Outer.prototype;
  }
}
console.log(JSON.stringify(new Outer()));
// Calls without new, and non-constructors.
try { Point(1, 2); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
const arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
const notAFunction = 5;
try { new notAFunction(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }

// Plain constructor functions and natives still construct through the runtime.
function Legacy(v) { this.v = v; }
Legacy.prototype.twice = function () { return this.v * 2; };
console.log(new Legacy(21).twice(), new Map([[1, 2]]).get(1), new Error("e").message);

// Many objects, with collections in between.
let chain = null;
for (let i = 0; i < 20000; i++) chain = new Point(i, chain === null ? 0 : chain.x);
console.log(chain.x, chain.y);
