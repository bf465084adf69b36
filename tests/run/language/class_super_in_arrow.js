// `super.m()` inside an arrow uses the method's home object and `this`.
class A { who() { return "A:" + this.name; } }
class B extends A {
  constructor() { super(); this.name = "b"; }
  f() { return () => super.who(); }
  g() { return [1, 2].map((x) => super.who() + x).join(" "); }
}
const b = new B();
console.log(b.f()(), b.g());
