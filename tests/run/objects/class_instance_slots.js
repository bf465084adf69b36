// Class instances get as many in-object slots as their constructor and
// methods store on `this` (1 to 8); properties past that go to the
// overflow store. Objects of different slot counts with the same keys must
// never be confused by a property site that sees them all.

class One {
  constructor(a) {
    this.a = a;
  }
}
class Two {
  constructor(a, b) {
    this.a = a;
    this.b = b;
  }
}
class Three {
  constructor(a) {
    this.a = a;
    this.b = a + 1;
  }
  grow() {
    this.c = this.a * 2;
    return this;
  }
}
class Nine {
  constructor(k) {
    this.a = k;
    this.b = k + 1;
    this.c = k + 2;
    this.d = k + 3;
    this.e = k + 4;
    this.f = k + 5;
    this.g = k + 6;
    this.h = k + 7;
    this.i = k + 8;
  }
}
class Empty {}
class Derived extends Two {
  constructor(a, b, c) {
    super(a, b);
    this.c = c;
  }
  more() {
    this.d = this.a + this.b + this.c;
  }
}
class Getter {
  constructor() {
    this._v = 1;
  }
  set v(x) {
    this._v = x;
    this.changed = true;
  }
  get v() {
    return this._v;
  }
}

// One site reading `a` and `b` from objects of every slot count.
function sumAB(o) {
  return o.a + (o.b === undefined ? 0 : o.b);
}

const objects = [
  new One(1),
  new Two(2, 3),
  new Three(4),
  new Three(5).grow(),
  new Nine(6),
  { a: 7, b: 8 },
  Object.create(Two.prototype),
  new Derived(9, 10, 11),
];
objects[6].a = 12;
objects[6].b = 13;
let total = 0;
for (let round = 0; round < 3; round++) {
  for (const o of objects) total += sumAB(o);
}
console.log("sum", total);

// Properties beyond the estimate: added later, in any number.
const grown = [];
for (let i = 0; i < 5; i++) {
  const o = new One(i);
  for (let k = 0; k < i * 3; k++) o["p" + k] = k * i;
  grown.push(o);
}
for (const o of grown) console.log(Object.keys(o).length, JSON.stringify(o));

const e = new Empty();
e.x = 1;
e.y = 2;
e.z = 3;
e.w = 4;
e.v = 5;
console.log(e, Object.keys(e));

const d = new Derived(1, 2, 3);
d.more();
d.extra = "x";
console.log(d, d instanceof Two, Object.getPrototypeOf(d) === Derived.prototype);

const g = new Getter();
g.v = 5;
console.log(g.v, g, Object.keys(g));

// Deleting, freezing and redefining on narrow instances.
const t = new Two("a", "b");
delete t.a;
t.c = "c";
t.a = "a2";
console.log(t, Object.keys(t));
const f = Object.freeze(new One("frozen"));
try {
  "use strict";
  f.a = "changed";
} catch (err) {
  console.log(err.constructor.name);
}
console.log(f.a, Object.isFrozen(f));
const three = new Three(1);
Object.defineProperty(three, "b", { get() { return "getter"; }, enumerable: true });
console.log(three.b, three.grow(), JSON.stringify(three));

// Many instances, most dying young: the slot count survives collections.
let check = 0;
const keep = [];
for (let i = 0; i < 200000; i++) {
  const o = i % 3 === 0 ? new One(i) : i % 3 === 1 ? new Two(i, 1) : new Three(i).grow();
  check = (check + sumAB(o)) | 0;
  if (i % 1000 === 0) keep.push(o);
}
let kept = 0;
for (const o of keep) kept += sumAB(o) + (o.c === undefined ? 0 : o.c);
console.log(check, keep.length, kept);
console.log(new Nine(1), new Three(2).grow());
