// super(...) with plain argument lists (passed like a call's arguments) and
// with spread (passed as an array): order, counts, rest, defaults,
// `arguments`, exceptions, and built-in parents.
const order = [];
function note(tag, v) {
  order.push(tag);
  return v;
}
class Base {
  constructor(a, b, ...rest) {
    this.a = a;
    this.b = b;
    this.rest = rest;
    this.count = arguments.length;
  }
}
class Plain extends Base {
  constructor(x) {
    super(note("first", x), note("second", { big: new Array(50).fill(x) }), note("third", [x, x]));
  }
}
const p = new Plain(3);
console.log(p.a, p.b.big.length, p.rest, p.count, order.join(","));
class Many extends Base {
  constructor() {
    super(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }
}
const m = new Many();
console.log(m.rest.length, m.count);
class None extends Base {
  constructor() {
    super();
  }
}
const n = new None();
console.log(n.a, n.b, n.rest, n.count);
class Spread extends Base {
  constructor(...xs) {
    super(0, ...xs, "end");
  }
}
const s = new Spread("p", "q");
console.log(s.a, s.b, s.rest, s.count);
class WithDefaults {
  constructor(a, b = a * 2, c = [a, b]) {
    this.sum = a + b + c.length;
  }
}
class UsesDefaults extends WithDefaults {
  constructor(a) {
    super(a);
  }
}
console.log(new UsesDefaults(5).sum);
class Throws extends Base {
  constructor() {
    super(note("before", 1), (() => {
      throw new Error("argument threw");
    })(), note("never", 3));
  }
}
try {
  new Throws();
} catch (e) {
  console.log(e.message, order.slice(-1)[0]);
}
class Twice extends Base {
  constructor() {
    super(1);
    super(2);
  }
}
try {
  new Twice();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class MyError extends Error {
  constructor(msg, code) {
    super(msg);
    this.code = code;
  }
}
const err = new MyError("bad thing", 42);
console.log(err.message, err.code, err instanceof Error, err.name);
class MyMap extends Map {
  constructor(pairs) {
    super(pairs);
  }
}
console.log(new MyMap([["k", 1], ["j", 2]]).size);
for (let i = 0; i < 2000; i++) {
  const q = new Plain(i);
  if (q.b.big[49] !== i || q.rest[0][1] !== i) console.log("wrong at", i);
}
console.log("done");
