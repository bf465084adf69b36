// Getters/setters inherited through prototypes and classes.
const proto = {
  get full() { return `${this.first} ${this.last}`; },
  set full(v) { [this.first, this.last] = v.split(" "); },
};
const p = Object.create(proto);
p.first = "Ada"; p.last = "Lovelace";
console.log(p.full, Object.keys(p), "full" in p, p.hasOwnProperty("full"));
p.full = "Grace Hopper";
console.log(p.first, p.last, Object.keys(p));
class Base {
  constructor() { this._v = 1; }
  get v() { return this._v; }
  set v(x) { this._v = x * 10; }
}
class Derived extends Base {
  get v() { return "derived:" + super.v; }
}
const d = new Derived();
console.log(d.v);
d.v = 5;
console.log(d.v, d._v);
const onlyGet = { get x() { return 1; } };
onlyGet.x = 2;
console.log(onlyGet.x);
const logged = [];
const watched = {
  _items: [],
  get count() { logged.push("read count"); return this._items.length; },
  set item(v) { logged.push("add " + v); this._items.push(v); },
};
watched.item = "a"; watched.item = "b";
console.log(watched.count, logged);
console.log(watched);
