// Public instance fields: initialized per instance, in order, with constructor-time `this`.
var order = [];
class Widget {
  id = Widget.nextId++;
  label = `widget-${this.id}`;
  items = [];
  noInit;
  onClick = () => this.label + " clicked";
  constructor(extra) {
    order.push("ctor sees label " + this.label);
    this.extra = extra;
  }
}
Widget.nextId = 1;
var a = new Widget("A"), b = new Widget("B");
console.log(a.id, b.id, a.label, b.label);
a.items.push(1);
console.log(a.items.length, b.items.length, a.items === b.items);
console.log("noInit" in a, a.noInit);
var click = a.onClick;
console.log(click(), b.onClick());
console.log(Object.keys(a).join(","));
console.log(order.join("; "));
class Base { baseField = "base"; constructor() { this.fromBase = this.constructor.name; } }
class Derived extends Base {
  derivedField = this.baseField + "+derived";
  constructor() { super(); this.after = this.derivedField; }
}
var d = new Derived();
console.log(d.derivedField, d.after, d.fromBase, Object.keys(d).join(","));
class Shadow { x = 1; constructor() { this.x = 2; } }
console.log(new Shadow().x);
class FieldFn { f = function () { return this; }; }
var ff = new FieldFn();
console.log(ff.f() === ff);
