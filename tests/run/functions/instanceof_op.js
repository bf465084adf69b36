// instanceof checks the prototype chain.
function Animal(n) { this.n = n; }
function Plant() {}
var a = new Animal("cat");
var p = new Plant();
console.log(a instanceof Animal, a instanceof Plant);
console.log(p instanceof Plant, p instanceof Animal);
console.log({} instanceof Animal);
console.log(5 instanceof Animal, "s" instanceof Animal, null instanceof Animal);
var e = new TypeError("x");
console.log(e instanceof TypeError, e instanceof Error, e instanceof RangeError);
var b = new Animal("dog");
console.log(b instanceof Animal, b.n, a.n);
