// Assignment through super.prop calls the parent's setter with this = instance.
class A {
  get x() { return "A.x"; }
  set x(v) { this.log = "A.set " + v; }
}
class C extends A {
  set x(v) { super.x = v + "!"; }
  get x() { return "C+" + super.x; }
}
var c = new C();
c.x = "hi";
console.log(c.x, c.log);
class P { constructor() { this.count = 0; } }
class Q extends P {
  bump() { super.count = 5; return this.count; }
}
console.log(new Q().bump());
