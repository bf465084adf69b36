// Initialization order: base fields, base ctor body, derived fields (after super), derived ctor body.
var log = [];
function note(s) { log.push(s); return s; }
class Base {
  b1 = note("base field 1");
  b2 = note("base field 2 sees kind=" + this.kind());
  constructor() { note("base ctor"); }
  kind() { return "base-method"; }
}
class Derived extends Base {
  d1 = note("derived field, b1 set: " + (this.b1 !== undefined));
  constructor() {
    note("derived ctor before super");
    super();
    note("derived ctor after super, d1 set: " + (this.d1 !== undefined));
  }
  kind() { return "derived-method"; }
}
new Derived();
console.log(log.join("\n"));
log = [];
class Implicit extends Base { x = note("implicit ctor field"); }
new Implicit();
console.log(log.join(" | "));
class Static {
  static s1 = note("static 1");
  static s2 = note("static 2");
  i = note("instance");
}
note("after class");
new Static();
console.log(log.slice(-4).join(" | "));
