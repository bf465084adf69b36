// An arrow created before super() sees `this` once super() has run.
class Base { constructor() { this.b = "base"; } }
class Late extends Base {
  constructor() {
    var f = () => this;
    super();
    this.ok = f() === this;
    this.seen = f().b;
  }
}
var l = new Late();
console.log(l.ok, l.seen);
class Early extends Base {
  constructor() {
    var f = () => this;
    try { f(); console.log("no error"); } catch (e) { console.log(e.constructor.name, e.message); }
    super();
  }
}
new Early();
