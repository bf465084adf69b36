// Class methods are non-enumerable; fields and assigned props are enumerable.
class Animal {
  legs = 4;
  constructor(name) { this.name = name; }
  speak() { return this.name + " speaks"; }
  get upper() { return this.name.toUpperCase(); }
  static create() { return new Animal("x"); }
}
class Dog extends Animal {
  tail = true;
  bark() { return "woof"; }
}
var d = new Dog("rex");
d.extra = 1;
var keys = [];
for (var k in d) keys.push(k);
console.log(keys.join(","));
console.log(Object.keys(d).join(","));
var protoKeys = [];
for (var pk in Animal.prototype) protoKeys.push(pk);
console.log(protoKeys.length);
var staticKeys = [];
for (var sk in Animal) staticKeys.push(sk);
console.log(staticKeys.length);
console.log(d.hasOwnProperty("speak"), "speak" in d, d.hasOwnProperty("legs"));
function Old() { this.a = 1; }
Old.prototype.m = function () {};
var keys2 = [];
for (var k2 in new Old()) keys2.push(k2);
console.log(keys2.join(","));
var lit = { f() {}, g: function () {}, get h() { return 1; } };
console.log(Object.keys(lit).join(","));
