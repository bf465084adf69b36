// Inherited getters and methods receive the original object as `this`.
var proto = {
  get desc() { return "I am " + this.name; },
  set tag(v) { this._tag = v + "@" + this.name; },
  greet() { return "hi from " + this.name; }
};
var a = Object.create(proto); a.name = "a";
var b = Object.create(a); b.name = "b";
console.log(a.desc, b.desc, b.greet());
b.tag = "T";
console.log(b._tag, a._tag, b.hasOwnProperty("_tag"));
class Base { get who() { return this.constructor.name; } }
class Sub extends Base { }
console.log(new Base().who, new Sub().who);
var detachedGetter = Object.getOwnPropertyDescriptor(proto, "desc").get;
console.log(detachedGetter.call({ name: "explicit" }));
