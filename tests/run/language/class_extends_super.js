// extends, super(...) and super.method() chains across 3 levels.
class A {
  constructor(x) { this.x = x; this.trail = ["A"]; }
  who() { return "A"; }
  describe() { return "A(" + this.x + ")"; }
  static make() { return "A.make"; }
}
class B extends A {
  constructor(x, y) { super(x); this.y = y; this.trail.push("B"); }
  who() { return "B>" + super.who(); }
  describe() { return "B[" + super.describe() + "," + this.y + "]"; }
  static make() { return "B.make>" + super.make(); }
}
class C extends B {
  constructor() { super(1, 2); this.trail.push("C"); }
  who() { return "C>" + super.who(); }
  describe() { return "C{" + super.describe() + "}"; }
  static make() { return "C.make>" + super.make(); }
}
var c = new C();
console.log(c.who());
console.log(c.describe());
console.log(c.trail.join(">"), c.x, c.y);
console.log(C.make());
console.log(c instanceof C, c instanceof B, c instanceof A, c instanceof Object);
console.log(new B(0, 0) instanceof C);
console.log(Object.getPrototypeOf(C) === B, Object.getPrototypeOf(C.prototype) === B.prototype);
class NoCtor extends A {}
var n = new NoCtor(7, 8);
console.log(n.x, n.trail.join(""), n.describe());
class Skip extends C { who() { return "Skip>" + super.who(); } }
console.log(new Skip().who());
class Mid extends A { describe() { return "Mid/" + super.describe(); } }
class Leaf extends Mid {}
console.log(new Leaf(5).describe());
