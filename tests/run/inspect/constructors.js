// Instances of constructor functions print their constructor's name.
function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
console.log([new Point(3, 4)]);
console.log({ p: new Point(5, 6) });
function Empty() {}
console.log(new Empty());
console.log({ e: new Empty() });
console.log(new (function () {})());
function Person(name) { this.name = name; this.friends = []; }
Person.prototype.greet = function () { return "hi"; };
var p = new Person("Ann");
p.friends.push(new Person("Bob"));
console.log(p);
console.log({ a: { b: { c: new Point(0, 0) } } });
console.log({ a: { b: { c: new Empty() } } });
function Replaced() { this.v = 1; }
Replaced.prototype = { m: function () {} };
console.log(new Replaced());
function Base() { this.base = true; }
function Derived() { Base.call(this); this.derived = true; }
Derived.prototype = Object.create ? Object.create(Base.prototype) : new Base();
Derived.prototype.constructor = Derived;
console.log(new Derived());
function Wrapper() { this.point = new Point(1, 1); this.list = [new Point(2, 2)]; }
console.log(new Wrapper());
