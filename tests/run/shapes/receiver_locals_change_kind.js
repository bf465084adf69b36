// A local read as an object many times keeps its cell address beside it
// (`ir::receivers`); every write must update that address, whatever kind of
// value the local takes, and an access must use the value read, not the
// local's later value.

function readAll(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    let o = list[i];
    out.push(String(o.length) + ":" + String(o.x) + ":" + typeof o.toString);
    o = { x: "replaced", length: -1 };
    out.push(o.x + o.length);
  }
  return out.join(" ");
}
console.log(readAll(["abc", { x: 1 }, [1, 2], 42, true, function f(a, b) {}, { x: 2, length: 9 }]));

// The receiver is read before the right-hand side reassigns the local.
function reassignDuringStore() {
  let o = { x: 1, y: 2 };
  const first = o;
  o.x = ((o = { x: 10, y: 20 }), 5);
  o.y = ((o = "str"), 7);
  return [first.x, first.y, o, typeof o.y].join(",");
}
console.log(reassignDuringStore());

function reassignDuringCall() {
  let o = { m() { return "first " + this.tag; }, tag: "a" };
  const r = o.m((o = { m() { return "second"; }, tag: "b" }));
  return r + " / " + o.m() + " / " + o.tag;
}
console.log(reassignDuringCall());

// Values that switch between objects and primitives inside a loop.
function mixed(n) {
  let acc = 0;
  let o = null;
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) o = { v: i };
    else if (i % 3 === 1) o = [i, i];
    else o = "s" + i;
    acc += o.length === undefined ? o.v : o.length;
    if (typeof o === "object" && o !== null && o.v !== undefined) o.v = o.v + 1;
  }
  return acc;
}
console.log(mixed(30));

// A local that is undefined or null: the access throws node's TypeError.
function nullish(o) {
  try {
    return o.a + o.b;
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
console.log(nullish({ a: 1, b: 2 }));
console.log(nullish(undefined));
console.log(nullish(null));

// `this` as a receiver: primitives in strict methods, objects otherwise.
function strictThis() {
  "use strict";
  return typeof this + " " + this.length + " " + this.constructor.name;
}
console.log(strictThis.call("abcd"));
console.log(strictThis.call([1, 2, 3]));
console.log(strictThis.call(7));

// A caught value and a parameter used as receivers.
function caught() {
  try {
    throw { code: 3, why: "because" };
  } catch (e) {
    return e.code + " " + e.why + " " + e.missing;
  }
}
console.log(caught());

// TDZ: a read before the initialization throws, then the local works.
function tdz() {
  const r = [];
  try {
    r.push(early.x);
  } catch (e) {
    r.push(e.constructor.name);
  }
  let early = { x: "late", y: "!" };
  r.push(early.x + early.y);
  return r.join(" ");
}
console.log(tdz());
