// Object literal getters/setters with validation and derived values.
const temp = {
  _c: 20,
  get celsius() { return this._c; },
  set celsius(v) {
    if (typeof v !== "number") throw new TypeError("celsius must be a number");
    this._c = v;
  },
  get fahrenheit() { return this._c * 9 / 5 + 32; },
  set fahrenheit(f) { this._c = (f - 32) * 5 / 9; },
};
console.log(temp.celsius, temp.fahrenheit);
temp.fahrenheit = 212;
console.log(temp.celsius, temp.fahrenheit);
temp.celsius = -40;
console.log(temp.celsius, temp.fahrenheit);
try { temp.celsius = "hot"; } catch (e) { console.log(e.message); }
console.log(Object.keys(temp));
const d = Object.getOwnPropertyDescriptor(temp, "celsius");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
let reads = 0;
const counter = { get next() { return ++reads; } };
console.log(counter.next, counter.next, counter.next, reads);
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  set size(s) { this.w = s; this.h = s; }
}
const r = new Rect(2, 3);
console.log(r.area);
r.size = 5;
console.log(r.area, r);
console.log(Object.keys(r), "area" in r, r.hasOwnProperty("area"));
