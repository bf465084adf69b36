// `class X extends Array`: instances get the subclass prototype (new.target's),
// and stay arrays.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
  get top() { return this.peek(); }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s instanceof Stack, s instanceof Array, Array.isArray(s), s.peek(), s.top, s.length);
console.log(s);
const t = new Stack(5);
console.log(t.length, t);
const u = new Stack(1, 2);
console.log(u, u.constructor.name);
console.log(JSON.stringify(s), String(s), Object.keys(s));
class Matrix extends Array {
  constructor(n) { super(); for (let i = 0; i < n; i++) this.push(i * i); }
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const m = new Matrix(4);
console.log(m.sum(), m.length, m);
const plain = new Array(2);
console.log(Object.getPrototypeOf(plain) === Array.prototype, Array(3).length);
function Fake() { return Array(2); }
console.log(Object.getPrototypeOf(new Fake()) === Array.prototype);
