// Getter/setter lookup through prototype chains; setter-only and getter-only.
var base = {
  _v: 1,
  get v() { return "base:" + this._v; },
  set v(x) { this._v = x * 10; }
};
var child = Object.create(base);
child.v = 2;
console.log(child.v, child._v, base._v, child.hasOwnProperty("v"));
var getterOnly = Object.create({ get ro() { return "read-only"; } });
getterOnly.ro = "attempt";
console.log(getterOnly.ro, getterOnly.hasOwnProperty("ro"));
class A {
  get x() { return "A.x"; }
  set x(v) { this.log = "A.set " + v; }
}
class B extends A {
  get x() { return "B.x+" + super.x; }
}
var b = new B();
console.log(b.x);
b.x = 5;
console.log(b.log, b.hasOwnProperty("x"));
class D {
  static get kind() { return "static:" + this.name; }
  static set kind(v) { this._k = v; }
}
class E extends D {}
console.log(D.kind, E.kind);
E.kind = "e";
console.log(E._k, D._k);
