// Inline caches that found a method on a prototype must notice every change
// that could alter the lookup: shadowing, deletion, replacement, accessors,
// new prototypes, at every depth of the chain.
class Base {
  greet() { return "base"; }
}
class Mid extends Base {}
class Leaf extends Mid {}

function call(o) { return o.greet(); }
function read(o) { return o.tag; }

const a = new Leaf();
const b = new Leaf();
const log = [];
for (let i = 0; i < 3; i++) log.push(call(a));
// Shadow on the middle prototype.
Mid.prototype.greet = function () { return "mid"; };
log.push(call(a), call(b));
// Shadow on the instance only.
b.greet = () => "own";
log.push(call(a), call(b));
// Remove the middle one: back to the base.
delete Mid.prototype.greet;
log.push(call(a), call(b));
// Replace the base method's value.
Base.prototype.greet = function () { return "base2"; };
log.push(call(a));
// Turn it into an accessor returning a function.
Object.defineProperty(Base.prototype, "greet", {
  get() { return () => "getter"; },
  configurable: true,
});
log.push(call(a));
// A different prototype for the receiver.
Object.setPrototypeOf(a, { greet() { return "other"; } });
log.push(call(a), call(new Leaf()));
// A different prototype for an intermediate object.
Object.setPrototypeOf(Mid.prototype, { greet() { return "swapped"; } });
log.push(call(new Leaf()));
console.log(log.join(" "));

// Data properties on prototypes, read through a cache.
const proto = { tag: "p1" };
const objs = [];
for (let i = 0; i < 4; i++) objs.push(Object.create(proto));
const seen = [];
for (const o of objs) seen.push(read(o));
proto.tag = "p2";
seen.push(read(objs[0]));
objs[1].tag = "own";
seen.push(read(objs[1]), read(objs[2]));
delete proto.tag;
seen.push(read(objs[2]));
Object.prototype.tag = "from Object.prototype";
seen.push(read(objs[3]), read({}));
delete Object.prototype.tag;
seen.push(read(objs[3]));
console.log(seen.join(" | "));

// Same keys, different prototypes: one site, many receivers.
function kind(x) { return x.kind; }
const protos = [{ kind: "A" }, { kind: "B" }, { kind: "C" }];
const out = [];
for (let i = 0; i < 12; i++) {
  const o = Object.create(protos[i % 3]);
  o.n = i;
  out.push(kind(o) + o.n);
}
console.log(out.join(","));
