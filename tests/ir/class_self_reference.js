// Rule: a class's methods are created while the class definition runs, before
// the class binding is initialized, so a method that names its own class
// captures a binding it could observe uninitialized: boxed and tdz_checked.
// Code after the declaration reads it without a check.
class Vec {
  constructor(x) {
    this.x = x;
  }
  plus(o) {
    return new Vec(this.x + o.x);
  }
}
const v = new Vec(1).plus(new Vec(2));
console.log(v.x, v instanceof Vec);
