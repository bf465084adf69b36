// Class expressions, named class expressions, classes as values.
var Anon = class { hi() { return "anon hi"; } };
console.log(new Anon().hi(), Anon.name);
function makeClass(greeting) {
  return class {
    greet(n) { return greeting + ", " + n; }
  };
}
var Hello = makeClass("Hello"), Bye = makeClass("Bye");
console.log(new Hello().greet("A"), new Bye().greet("B"));
console.log(new Hello() instanceof Bye);
var classes = [class { v() { return 1; } }, class { v() { return 2; } }];
console.log(classes.map((K) => new K().v()).join(","));
function mixin(Base) { return class extends Base { mixed() { return "mixed+" + this.base(); } }; }
class Root { base() { return "root"; } }
var Mixed = mixin(Root);
var m = new Mixed();
console.log(m.mixed(), m instanceof Root, m instanceof Mixed);
var obj = { K: class { static s() { return "static in obj"; } } };
console.log(obj.K.s(), obj.K.name);
var counter = 0;
var Gen = class { constructor() { this.id = ++counter; } };
console.log(new Gen().id, new Gen().id);
