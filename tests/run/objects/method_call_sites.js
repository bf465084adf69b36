// One method call site sees methods of every kind: on the prototype (the
// common case, checked first), own methods in the object's cell and in its
// overflow store, methods replaced or deleted, a prototype changed, and
// getters; each call must find what a plain property read finds.

class A {
  m() { return "A.m"; }
}
class B extends A {
  m() { return "B.m " + super.m(); }
}
const own = { m() { return "own"; } };
const wide = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, m() { return "own in overflow"; } };
const getter = { get m() { return () => "from getter"; } };
const viaProto = Object.create(own);
const receivers = [new A(), new B(), own, wide, getter, viaProto, new A()];

function callAll(list) {
  const out = [];
  for (const r of list) out.push(r.m());
  return out.join(" | ");
}
for (let i = 0; i < 3; i++) console.log(callAll(receivers));

// The prototype's method replaced, then deleted (B's is found), then an own
// method shadowing it, then the prototype chain changed.
const a = new A();
const b = new B();
console.log(callAll([a, b]));
A.prototype.m = function () { return "A.m replaced"; };
console.log(callAll([a, b]));
delete B.prototype.m;
console.log(callAll([a, b]));
b.m = () => "b own";
console.log(callAll([a, b]));
Object.setPrototypeOf(a, { m() { return "new proto"; } });
console.log(callAll([a, b]));
delete b.m;
console.log(callAll([a, b]));

// A method that is not callable, and a missing one.
for (const r of [{ m: 5 }, {}]) {
  try {
    r.m();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}

// A name only object literals define (checked as an own property first):
// own methods, the same name inherited, and defined on a prototype in a
// way the compiler does not see.
const ticker = (n) => ({ tick: () => ++n, read() { return n; } });
const t1 = ticker(0);
const t2 = Object.create(ticker(100));
class T {}
Object.defineProperty(T.prototype, "tick", { value() { return "proto tick"; } });
const t3 = new T();
const ticks = [];
for (let i = 0; i < 3; i++) {
  for (const t of [t1, t2, t3]) ticks.push(t.tick());
}
console.log(ticks.join(" "), t1.read(), t2.read());
