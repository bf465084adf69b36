// Inline caches read a prototype's property where it lives in the holder:
// values written later, holders that grow past their in-object slots (their
// overflow store moves), keys deleted, shadowed or added, and prototypes
// swapped are all seen.
class Base {
  m0() { return "m0"; }
  m1() { return "m1"; }
  m2() { return "m2"; }
  m3() { return "m3"; }
  m4() { return "m4"; }
  m5() { return "m5"; }
  m6() { return "m6"; }
  m7() { return "m7"; }
}
class Derived extends Base {}
const objs = [new Derived(), new Derived(), new Base()];
const names = ["m0", "m3", "m7"];

function callAll(tag) {
  const out = [];
  for (const o of objs) out.push(o.m0() + o.m3() + o.m7());
  console.log(tag, out.join(" "));
}
callAll("start");

// A method replaced in place: same key, new value.
Base.prototype.m7 = () => "M7";
callAll("replaced");

// The prototype grows: many new keys move its overflow store.
for (let i = 0; i < 40; i++) Base.prototype["extra" + i] = i;
callAll("grown");
Base.prototype.m3 = function () { return "again" + this.constructor.name; };
callAll("replaced after growth");

// Shadowed on the way, then unshadowed.
Derived.prototype.m0 = () => "D0";
callAll("shadowed");
delete Derived.prototype.m0;
callAll("unshadowed");

// Deleted from the holder: the calls throw.
const saved = Base.prototype.m3;
delete Base.prototype.m3;
for (const o of objs) {
  try {
    o.m3();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
Base.prototype.m3 = saved;
callAll("restored");

// A new prototype for one object.
Object.setPrototypeOf(objs[1], {
  m0: () => "p0",
  m3: () => "p3",
  m7: () => "p7",
});
callAll("reparented");

// Plain data on a prototype with many keys, read in a loop while it changes.
const proto = {};
for (let i = 0; i < 20; i++) proto["k" + i] = i;
const child = Object.create(proto);
let sum = 0;
for (let i = 0; i < 200; i++) {
  sum += child.k19 + child.k2;
  if (i % 50 === 0) proto.k19 = proto.k19 + 100;
  if (i === 120) for (let j = 20; j < 60; j++) proto["k" + j] = j;
  if (i === 150) child.k2 = 1000;
}
console.log(sum, child.k59);

// A holder that grows through a cached add (the transition another object
// of its shape took): its overflow store moves while reads of its slots are
// cached.
function addX(o) {
  o.x = "x";
}
const report = [];
for (let n = 1; n < 40; n++) {
  const make = () => {
    const h = {};
    for (let i = 0; i < n; i++) h["a" + i] = "v" + i;
    return h;
  };
  const h1 = make();
  const h2 = make();
  const kid = Object.create(h1);
  const keys = ["a3", "a7", "a12", "a20", "a30", "x"];
  let before = "";
  let after = "";
  // One read site, before and after the holder grows.
  for (let i = 0; i < 6; i++) {
    const r = [kid.a3, kid.a7, kid.a12, kid.a20, kid.a30, kid.x].join();
    if (i === 2) {
      before = r;
      addX(h2);
      addX(h1);
      for (const k of keys) if (k in h1) h1[k] = "new";
    }
    after = r;
  }
  const expected = keys.map((k) => kid[k]).join();
  report.push(after === expected && before !== after ? "." : n);
}
console.log(report.join(""));
