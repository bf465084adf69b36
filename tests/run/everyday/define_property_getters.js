// defineProperty getters on instances and prototypes; lazy values.
function lazy(obj, name, compute) {
  Object.defineProperty(obj, name, {
    configurable: true,
    enumerable: true,
    get() {
      const v = compute();
      Object.defineProperty(obj, name, { value: v, writable: false, enumerable: true });
      return v;
    },
  });
}
let computed = 0;
const report = { title: "r" };
lazy(report, "total", () => { computed++; return [1, 2, 3].reduce((a, b) => a + b); });
console.log(computed, Object.keys(report));
console.log(report.total, report.total, computed);
console.log(Object.getOwnPropertyDescriptor(report, "total"));
function Point(x, y) { this.x = x; this.y = y; }
Object.defineProperty(Point.prototype, "len", { get() { return Math.hypot(this.x, this.y); } });
const pt = new Point(3, 4);
console.log(pt.len, Object.keys(pt), pt);
const counter = {};
let hidden = 0;
Object.defineProperty(counter, "next", { get: () => ++hidden, enumerable: false });
console.log(counter.next, counter.next, JSON.stringify(counter), counter);
const desc = Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } });
console.log(desc);
