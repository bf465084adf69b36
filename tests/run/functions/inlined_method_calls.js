// Small methods are inlined at call sites behind a code-pointer check; every
// way the check can fail must fall back to an ordinary call.

class Box {
  constructor(v) { this.v = v; }
  get() { return this.v; }
  set(v) { this.v = v; }
  twice(a, b) { return a + b + this.v; }
}
class Other {
  constructor(v) { this.v = v; }
  get() { return "other " + this.v; } // a second function under the key
}
class Third {
  get() { return "third"; }
}
const items = [new Box(1), new Other(2), new Third(), { get() { return "literal"; } }];
for (const it of items) console.log(it.get());

// Missing arguments are undefined; extra arguments are still evaluated.
const b = new Box(5);
let evaluated = 0;
console.log(b.twice(1), b.twice(1, 2, evaluated++), evaluated);

// The method replaced at run time: the check fails, the new one runs.
const b2 = new Box(7);
console.log(b2.get());
b2.get = function () { return "own " + this.v; };
console.log(b2.get());
Box.prototype.get = function () { return "patched"; };
console.log(b.get(), b2.get());

// A non-function under the key: the ordinary call throws.
const notCallable = { set: 3 };
try {
  notCallable.set(1);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// Exceptions inside an inlined body reach the caller's handler.
class Checked {
  constructor(o) { this.o = o; }
  read() { return this.o.x; }
}
const good = new Checked({ x: 1 });
const bad = new Checked(null);
for (const c of [good, bad, good]) {
  try {
    console.log("read", c.read());
  } catch (e) {
    console.log("caught", e.constructor.name);
  }
}

// Sloppy functions on prototypes: a primitive receiver is boxed.
function Counter() { this.n = 0; }
Counter.prototype.bump = function () { this.n = this.n + 1; return this.n; };
Counter.prototype.kind = function () { return typeof this; };
const k = new Counter();
k.bump();
k.bump();
console.log(k.bump(), k.kind());
String.prototype.kind = Counter.prototype.kind;
console.log("abc".kind());
Number.prototype.kind = Counter.prototype.kind;
console.log((5).kind());

// Captured variables (and their TDZ) are read from the method's closure.
function makeScaler(factor) {
  return { scale(x) { return x * factor; } };
}
const s2 = makeScaler(2);
const s3 = makeScaler(3);
console.log(s2.scale(10), s3.scale(10));
const early = {
  peek() { return LATE; },
};
try {
  early.peek();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const LATE = "late";
console.log(early.peek());

// Locals of an inlined body start fresh at every call.
const fresh = {
  pick(c) { var t; if (c) t = 1; return t; },
  sum(c) { var acc = 0; acc += c; return acc; },
};
const seen = [];
for (let i = 0; i < 3; i++) seen.push(fresh.pick(i === 1), fresh.sum(i));
console.log(seen);

// Recursion through `this` and a named function expression's own name.
const tree = {
  depth(n) { return n === 0 ? 0 : 1 + this.depth(n - 1); },
  fact: function f(n) { return n <= 1 ? 1 : n * f(n - 1); },
};
console.log(tree.depth(5), tree.fact(6));

// `arguments` and rest parameters: never inlined, still right.
const varargs = {
  count() { return arguments.length; },
  rest(...xs) { return xs.length; },
};
console.log(varargs.count(1, 2, 3), varargs.rest(1, 2));

// Getters with the same name as a method are not calls of it.
const g1 = { get size() { return 10; } };
const g2 = { size() { return 20; } };
console.log(g1.size, g2.size());
try {
  g1.size();
} catch (e) {
  console.log(e.message);
}

// `this` of a method called through a different object.
const shared = { v: "shared", get: Box.prototype.twice };
console.log(shared.get(1, 2));

// An inlined body keeps its own strictness: a class method (strict) throws
// on a failed write even when sloppy code calls it; a sloppy method called
// from strict code fails silently.
class Writer {
  write(o) { o.x = 1; return o.x; }
}
function sloppyWrite(o) { o.y = 2; return o.y; }
const holder = { sloppyWrite };
const frozen = Object.freeze({ x: 0, y: 0 });
try {
  console.log(new Writer().write(frozen));
} catch (e) {
  console.log("strict write:", e.constructor.name);
}
(function () {
  "use strict";
  console.log("sloppy write:", holder.sloppyWrite(frozen));
})();
