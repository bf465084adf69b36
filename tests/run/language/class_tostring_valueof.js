// User-defined toString/valueOf used by operators, templates and comparisons.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  valueOf() { return Math.hypot(this.x, this.y); }
  toString() { return `Vec(${this.x},${this.y})`; }
}
var a = new Vec(3, 4), b = new Vec(6, 8);
console.log(a + 1, a * 2, b - a, a < b, a > b, a == 5);
console.log(`${a}`, String(b), a + "", [a, b].join(" "));
console.log([new Vec(5, 12), a, new Vec(0, 1)].sort((p, q) => p - q).join(" "));
class Temp {
  constructor(c) { this.c = c; }
  [`valueOf`]() { return this.c; }
}
console.log(new Temp(10) + new Temp(5), Math.max(new Temp(3), new Temp(7)));
