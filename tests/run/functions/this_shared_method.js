// The same function used as a method of different objects sees different this.
function describe() { return this.kind + ":" + this.size; }
var a = { kind: "box", size: 3, d: describe };
var b = { kind: "bag", size: 9, d: describe };
console.log(a.d(), b.d());
b.d = a.d;
console.log(b.d());
var holder = { inner: { kind: "inner", size: 1, d: describe } };
console.log(holder.inner.d());
var c = { kind: "copy", size: a.size + b.size };
c.d = b.d;
console.log(c.d(), c.d === describe);
