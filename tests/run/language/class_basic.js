// Class declarations: constructor, methods, prototype, typeof.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return `(${this.x}, ${this.y})`; }
  dist() { return Math.sqrt(this.x ** 2 + this.y ** 2); }
}
var p = new Point(3, 4);
console.log(p.x, p.y, p.dist());
console.log(String(p.add(new Point(1, 1))), `${p}`, "" + p);
console.log(typeof Point, typeof p, p instanceof Point);
console.log(p.constructor === Point, Point.prototype.constructor === Point);
console.log(Object.getPrototypeOf(p) === Point.prototype);
console.log(p.add === new Point(0, 0).add);
console.log(Point.name, Point.length);
class Empty {}
var e = new Empty();
console.log(typeof e, e instanceof Empty, Object.keys(e).length, Empty.length);
class Counter {
  constructor() { this.n = 0; }
  inc() { this.n++; return this; }
}
console.log(new Counter().inc().inc().inc().n);
class ReturnsObj { constructor() { return { custom: true }; } }
var ro = new ReturnsObj();
console.log(ro.custom, ro instanceof ReturnsObj);
class ReturnsPrim { constructor() { this.a = 1; return 5; } }
console.log(new ReturnsPrim().a);
