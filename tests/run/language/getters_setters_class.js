// Class accessors, inheritance and overriding.
class Shape {
  constructor(name) { this._name = name; }
  get name() { return "Shape:" + this._name; }
  set name(v) { this._name = v.trim(); }
  get area() { return 0; }
}
class Rect extends Shape {
  constructor(w, h) { super("rect"); this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
}
class Square extends Rect {
  constructor(s) { super(s, s); }
  get name() { return "Square(" + super.name + ")"; }
  set side(s) { this.w = this.h = s; }
}
var s = new Square(3);
console.log(s.name, s.area);
s.side = 5;
console.log(s.area);
s.name = "  sq  ";
console.log(s._name, s.name);
var r = new Rect(2, 4);
r.name = " box ";
console.log(r.name, r.area);
console.log(new Shape("x").area);
console.log(s.side);
