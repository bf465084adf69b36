// extends with arbitrary expressions, legacy constructors, and null-ish errors.
function Legacy(name) { this.name = name; }
Legacy.prototype.hello = function () { return "hello " + this.name; };
Legacy.helper = () => "static on legacy";
class Modern extends Legacy {
  constructor(name) { super(name.toUpperCase()); }
  hello() { return super.hello() + "!"; }
}
var m = new Modern("ann");
console.log(m.hello(), m instanceof Legacy, Modern.helper());
var useA = true;
class A { who() { return "A"; } }
class B { who() { return "B"; } }
class Pick extends (useA ? A : B) { }
console.log(new Pick().who());
function base(kind) { return class { kind() { return kind; } }; }
class Made extends base("made") { }
console.log(new Made().kind());
try { class Bad extends 42 { } } catch (e) { console.log(e.constructor.name, e.message); }
try { var nf = {}; class Bad2 extends nf { } } catch (e) { console.log(e.constructor.name); }
