// instanceof with inheritance, functions, builtins and primitives.
class Animal {}
class Dog extends Animal {}
class Cat extends Animal {}
var d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Cat, d instanceof Object);
function Legacy() {}
var l = new Legacy();
console.log(l instanceof Legacy, l instanceof Animal);
class FromLegacy extends Legacy {}
console.log(new FromLegacy() instanceof Legacy);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log("str" instanceof String, 5 instanceof Number, null instanceof Object);
console.log((() => {}) instanceof Function, Dog instanceof Function);
var e = new TypeError("t");
console.log(e instanceof TypeError, e instanceof Error, e instanceof RangeError);
var bare = Object.create(null);
console.log(bare instanceof Object);
var fake = Object.create(Dog.prototype);
console.log(fake instanceof Dog, fake instanceof Animal);
try { d instanceof 5; } catch (err) { console.log(err instanceof TypeError); }
try { d instanceof {}; } catch (err) { console.log(err instanceof TypeError); }
Object.setPrototypeOf(d, Cat.prototype);
console.log(d instanceof Cat, d instanceof Dog);
