// Overriding only the getter in a subclass hides the inherited setter (accessor pair is per property).
class Base {
  get v() { return "base get " + this._v; }
  set v(x) { this._v = x; }
}
class OnlyGetter extends Base {
  get v() { return "sub get " + this._v; }
}
var b = new Base();
b.v = 1;
console.log(b.v);
var s = new OnlyGetter();
try {
  s.v = 2;
  console.log("assigned", s._v);
} catch (e) {
  console.log(e.constructor.name);
}
console.log(s.v, s.hasOwnProperty("v"));
var lit = Object.create({ get x() { return "p"; }, set x(v) { this.got = v; } });
var over = Object.create(lit, {});
over.x = 5;
console.log(over.got, over.x);
