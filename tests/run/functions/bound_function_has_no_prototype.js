// Bound functions have no own `prototype`: `new` on them uses the target's.
function F(a, b) { this.s = a + b; }
const B = F.bind(null, 1);
console.log(typeof B.prototype, "prototype" in B, Object.getOwnPropertyNames(B).sort().join());
const x = new B(2);
console.log(x.s, x instanceof F, x instanceof B, Object.getPrototypeOf(x) === F.prototype);
console.log(B.name, B.length);
const arrow = () => 1;
console.log(typeof arrow.prototype, "prototype" in arrow);
class C { m() {} }
console.log(typeof C.prototype.m.prototype, typeof Math.max.prototype);
class K {
  constructor(v) {
    this.v = v;
  }
}
const KB = K.bind(null, 7);
const k = new KB();
console.log(k.v, k instanceof K, k instanceof KB, KB.prototype, Object.hasOwn(KB, "prototype"));
const BB = B.bind(null, 10);
console.log(new BB().s, typeof BB.prototype, BB.name);
