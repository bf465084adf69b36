// Setters validating input, getters computing derived state, defineProperty accessors.
class Person {
  constructor(first, last) { this.first = first; this.last = last; this._age = 0; }
  get full() { return `${this.first} ${this.last}`; }
  set full(v) { [this.first, this.last] = v.split(" "); }
  get age() { return this._age; }
  set age(v) {
    if (typeof v !== "number" || v < 0) throw new RangeError(`invalid age: ${v}`);
    this._age = v;
  }
}
var p = new Person("Ada", "Lovelace");
console.log(p.full);
p.full = "Grace Hopper";
console.log(p.first, p.last, p.full);
p.age = 36;
console.log(p.age);
for (const bad of [-1, "x"]) {
  try { p.age = bad; } catch (e) { console.log(e.name, e.message); }
}
console.log(p.age);
var o = {};
Object.defineProperty(o, "double", { get() { return this.n * 2; }, enumerable: false, configurable: true });
o.n = 21;
console.log(o.double, Object.keys(o).join(","));
