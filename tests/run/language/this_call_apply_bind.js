// call, apply and bind.
function greet(greeting, punct) { return greeting + ", " + this.name + punct; }
var ann = { name: "Ann" }, bob = { name: "Bob" };
console.log(greet.call(ann, "Hi", "!"), greet.apply(bob, ["Yo", "?"]));
console.log(greet.apply(ann), greet.call(bob));
var hiAnn = greet.bind(ann, "Hello");
console.log(hiAnn("."), hiAnn("!!"));
var rebound = hiAnn.bind(bob, "ignored?");
console.log(rebound());
console.log(hiAnn.call(bob, "..."));
function add(a, b, c) { return a + b + c; }
var add1 = add.bind(null, 1);
var add12 = add1.bind(null, 2);
console.log(add1(2, 3), add12(3), add.length, add1.length, add12.length);
console.log(add1.name, typeof add1);
function Point(x, y) { this.x = x; this.y = y; }
var BoundPoint = Point.bind(null, 10);
var bp = new BoundPoint(20);
console.log(bp.x, bp.y, bp instanceof Point);
var m = { v: 42, get() { return this.v; } };
var unbound = m.get;
var bget = m.get.bind(m);
console.log(bget(), [1, 2].map(bget).join(","));
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.concat.call([1], [2], 3).join(","));
var arrow = () => this;
console.log(arrow.call(ann) === arrow());
console.log(greet.call({ name: "X" }, ...["A", "B"]));
