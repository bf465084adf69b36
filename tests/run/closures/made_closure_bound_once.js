// A local bound once to a call of a function that only makes a closure, and
// then only called, calls a lifted copy: the closure is never made. These
// cases check that everything observable stays as node has it.
function mk(a, b) {
  return () => a * 10 + b;
}
function makeCounter(start, step) {
  let count = start;
  return function () {
    count += step;
    return count;
  };
}
function fromZero() {
  let n = 0;
  return () => ++n;
}
function bump(a) {
  return () => a++;
}
const log = [];
function note(x) {
  log.push(x);
  return x;
}

// Plain captures, called several times, in a loop.
let sum = 0;
for (let i = 0; i < 5; i++) {
  const f = mk(i, i + 1);
  sum += f() + f();
}
console.log("sum", sum);

// A box is made once per binding: calls share it, other bindings do not.
const c1 = makeCounter(10, 3);
const c2 = makeCounter(100, 1);
console.log(c1(), c1(), c2(), c1(), c2());
const z = fromZero();
console.log(z(), z(), z());
const b = bump(7);
console.log(b(), b(), b());

// Operands are evaluated once, in order, when the binding is made, and
// later changes do not reach the closure; an argument the closure ignores
// is still evaluated.
let x = 1;
const g = mk(note("first"), note(x));
x = 2;
note("after");
console.log(g(), g(), log.join(","));
function ignoresSecond(a, unused) {
  return () => a;
}
const h = ignoresSecond(note("kept"), note("ignored but evaluated"));
console.log(h(), log.join(","));

// An exception in an operand leaves the binding unmade.
function boom() {
  throw new Error("operand threw");
}
try {
  const bad = mk(1, boom());
  console.log("not reached", bad());
} catch (e) {
  console.log(e.message);
}

// A call before the binding is a TDZ error, as without the rewrite.
try {
  early();
  const early = mk(3, 4);
  console.log(early());
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Bindings used as values keep their closure: identity, properties, typeof,
// passing it on, spread calls.
const v = mk(5, 6);
console.log(typeof v, v === v, v.name === "", [v].length, v());
const w = mk(7, 8);
w.tag = "tagged";
console.log(w(), w.tag);
const s = mk(1, 2);
console.log(s(...[1, 2]), s());

// Reassigned bindings are ordinary closures.
let r = mk(1, 1);
console.log(r());
r = mk(2, 2);
console.log(r());

// A closure passed its own result, and nested makers.
function adder(a) {
  return (b) => a + b;
}
const add5 = adder(5);
console.log(add5(add5(1)));
function curry2(fn) {
  return (a) => (b) => fn(a, b);
}
const sub = curry2((a, b) => a - b);
console.log(sub(10)(3), sub(1)(2));

// Switch cases: a binding in one case is not visible as made in another.
for (const k of [1, 2]) {
  try {
    switch (k) {
      case 1:
        const inCase = mk(k, k);
        console.log("case", inCase());
        break;
      case 2:
        console.log("case 2", inCase());
    }
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}

// `this` inside the made function is what a plain call gives.
function thisMaker() {
  return function () {
    return this === undefined ? "undefined" : typeof this;
  };
}
const t = thisMaker();
console.log(t());

// Makers that run statements first: they run once per binding, in order,
// at the binding; objects they make are shared by the calls.
function makeEnv(i) {
  const a = i & 1023;
  const b = (i * 7) & 255;
  const box = { v: i & 63, hits: 0 };
  const arr = [a, b, box.v];
  note("made " + i);
  return function (x) {
    box.hits++;
    return ((x + a) ^ b) + box.v + arr[x & 1] + box.hits * 1000;
  };
}
for (let i = 0; i < 3; i++) {
  const e = makeEnv(i * 37);
  console.log(e(i), e(i + 1), log[log.length - 1]);
}
function helperMaker(n) {
  const double = (v) => v * 2;
  const base = double(n);
  return () => double(base) + n;
}
const hm = helperMaker(4);
console.log(hm(), hm());
function throwsFirst(n) {
  const checked = n > 0 ? n : boom();
  return () => checked;
}
try {
  const tf = throwsFirst(-1);
  console.log("not reached", tf());
} catch (e) {
  console.log("prefix threw:", e.message);
}
const tf2 = throwsFirst(3);
console.log(tf2());
function manySteps(n) {
  const a1 = n + 1;
  const a2 = a1 + 1;
  const a3 = a2 + 1;
  const a4 = a3 + 1;
  const a5 = a4 + 1;
  const a6 = a5 + 1;
  const a7 = a6 + 1;
  const a8 = a7 + 1;
  const a9 = a8 + 1;
  return () => a9;
}
const ms = manySteps(0);
console.log(ms(), ms());
function readsThis() {
  const self = this;
  return () => typeof self;
}
const rt = readsThis();
console.log(rt());
function readsArguments() {
  const n = arguments.length;
  return () => n;
}
const ra = readsArguments(1, 2, 3);
console.log(ra());
function varBeforeAssign(n) {
  var seen = typeof later;
  var later = n;
  return () => seen + ":" + later;
}
const vb = varBeforeAssign(5);
console.log(vb(), vb());

// A maker's statements run where its strictness says: a strict maker's
// failed write throws even when the caller is sloppy, and a sloppy maker may
// create a global even when the caller is strict.
function strictMaker(o) {
  "use strict";
  o.fixed = 2;
  return () => o.fixed;
}
try {
  const sm = strictMaker(Object.freeze({ fixed: 1 }));
  console.log("not reached", sm());
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function sloppyMaker(v) {
  createdBySloppyMaker = v;
  return () => createdBySloppyMaker * 2;
}
function strictCaller() {
  "use strict";
  const sl = sloppyMaker(21);
  return sl();
}
console.log(strictCaller(), typeof createdBySloppyMaker);
