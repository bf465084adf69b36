// Consecutive stores `o.a = x; o.b = y; ...` on one local, with values that
// are locals or literals, run as one step once cached (one shape test, then
// the writes). Every way the cached step can stop applying must fall back
// to ordinary stores, one at a time and in order.

class Node2 {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
}
let tree = null;
for (let i = 0; i < 50; i++) tree = new Node2(tree, i);
let depth = 0;
for (let t = tree; t !== null; t = t.left) depth += t.right;
console.log(depth, Object.keys(tree), JSON.stringify(new Node2(1, "x")));

// A plain constructor function, more keys than fit in an ordinary object's
// cell, and more stores than one run covers.
function Wide(a) {
  this.p0 = a; this.p1 = 1; this.p2 = "two"; this.p3 = null;
  this.p4 = undefined; this.p5 = true; this.p6 = a; this.p7 = 7;
  this.p8 = 8; this.p9 = a;
}
const ws = [];
for (let i = 0; i < 20; i++) ws.push(new Wide(i));
console.log(Object.keys(ws[19]).join(","), ws[19].p0, ws[5].p9, ws[3].p4, ws[7].p8);

// Own writes to existing properties, objects of two shapes at one site.
function move(p, x, y) {
  p.x = x;
  p.y = y;
  return p;
}
const a = { x: 0, y: 0 };
const b = { y: 0, x: 0, z: 1 };
for (let i = 0; i < 10; i++) {
  move(a, i, -i);
  move(b, -i, i);
}
console.log(JSON.stringify(a), JSON.stringify(b));

// A setter appears on the prototype after the run was cached: it runs, in
// order, and sees the earlier stores done and the later ones not yet.
class Pt {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
for (let i = 0; i < 5; i++) new Pt(i, i);
const log = [];
Object.defineProperty(Pt.prototype, "y", {
  set(v) { log.push("set y=" + v + " with x=" + this.x); },
  configurable: true,
});
const pt = new Pt(3, 4);
console.log(log.join("; "), Object.keys(pt), pt.y);
delete Pt.prototype.y;
console.log(Object.keys(new Pt(5, 6)));

// A read-only property on the prototype: ignored in sloppy code, a
// TypeError in strict code (class bodies), and later stores do not happen.
function Sloppy(u, v) {
  this.u = u;
  this.v = v;
}
for (let i = 0; i < 5; i++) new Sloppy(i, i);
Object.defineProperty(Sloppy.prototype, "u", { value: "proto", writable: false });
const s = new Sloppy(1, 2);
console.log(s.u, s.v, Object.keys(s));
class Strict {
  constructor(u, v) {
    this.u = u;
    this.v = v;
  }
}
for (let i = 0; i < 5; i++) new Strict(i, i);
Object.defineProperty(Strict.prototype, "u", { value: "proto", writable: false });
try {
  new Strict(1, 2);
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// Frozen and non-extensible receivers.
function setBoth(o, m, n) {
  o.m = m;
  o.n = n;
}
function setBothStrict(o, m, n) {
  "use strict";
  o.m = m;
  o.n = n;
}
const objs = [{ m: 0, n: 0 }, { m: 0, n: 0 }, { m: 0, n: 0 }];
for (const o of objs) setBoth(o, 1, 2);
Object.freeze(objs[1]);
Object.preventExtensions(objs[2]);
for (const o of objs) setBoth(o, 3, 4);
console.log(JSON.stringify(objs));
const sealedNew = Object.preventExtensions({});
setBoth(sealedNew, 5, 6);
console.log(JSON.stringify(sealedNew));
for (const o of [objs[0], objs[1], sealedNew]) {
  try {
    setBothStrict(o, 7, 8);
    console.log("ok", JSON.stringify(o));
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}

// Primitive and missing receivers.
let prim = 5;
prim.m = 1;
prim.n = 2;
console.log(prim.m);
for (const r of [5, "s", null, undefined]) {
  try {
    setBothStrict(r, 1, 2);
    console.log("no error");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}

// Arrays and functions with named properties.
const arr = [1, 2];
function fn() {}
for (let i = 0; i < 3; i++) {
  setBoth(arr, i, "a" + i);
  setBoth(fn, i, "f" + i);
}
console.log(arr.m, arr.n, arr.length, fn.m, fn.n, Object.keys(fn));

// Repeated keys are separate stores; a getter-only accessor in the way.
const r = {};
r.k = 1;
r.k = 2;
r.j = r.k;
console.log(JSON.stringify(r));
class WithGetter {
  get g() { return "getter"; }
}
function fill(o, v) {
  o.f = v;
  o.g = v;
  o.h = v;
}
const wg = new WithGetter();
fill(wg, 1);
console.log(wg.f, wg.g, wg.h);

// Stored objects stay alive: old objects get fresh values (the write
// barrier), across many collections.
const keep = [];
for (let i = 0; i < 200; i++) keep.push({ first: null, second: null });
for (let round = 0; round < 30; round++) {
  for (let i = 0; i < keep.length; i++) {
    const first = { round, i };
    const second = [round, i, "s" + i];
    const o = keep[i];
    o.first = first;
    o.second = second;
  }
  const junk = [];
  for (let j = 0; j < 2000; j++) junk.push({ j });
}
let sum = 0;
for (const o of keep) sum += o.first.round + o.first.i + o.second[1] + o.second[2].length;
console.log(sum);
