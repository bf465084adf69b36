// Defaults may use this, arguments and earlier params in methods and constructors.
var o = {
  base: 10,
  add(x, y = this.base) { return x + y; },
};
console.log(o.add(1), o.add(1, 2), o.add.call({ base: 100 }, 1));
class Rect {
  constructor(w = 1, h = w) { this.w = w; this.h = h; }
  scale(f = this.w) { return new Rect(this.w * f, this.h * f); }
  area(unit = `${this.constructor.name.toLowerCase()}-units`) { return this.w * this.h + " " + unit; }
}
var r = new Rect(3);
console.log(r.w, r.h, new Rect().h, new Rect(2, 5).h);
console.log(r.scale().area(), r.scale(2).area("m2"));
var arrowDefault = (x, cb = () => x * 2) => cb();
console.log(arrowDefault(21));
function counterDefault(step = 1, counter = { n: 0 }) { counter.n += step; return counter; }
var shared = { n: 100 };
console.log(counterDefault().n, counterDefault(5).n, counterDefault(5, shared).n, shared.n);
function defaultClosure(x, get = () => x, set = (v) => { x = v; }) { set(99); return [x, get()].join(","); }
console.log(defaultClosure(1));
