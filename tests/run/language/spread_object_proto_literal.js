// __proto__ in object literals sets the prototype (not an own property); spread does not copy it.
var base = { hi() { return "hi " + this.n; } };
var e = { __proto__: base, n: 1 };
console.log(Object.getPrototypeOf(e) === base, e.hi(), Object.keys(e).join(","));
var copy = { ...e };
console.log(Object.getPrototypeOf(copy) === Object.prototype, typeof copy.hi, copy.n);
var nullProto = { __proto__: null, x: 1 };
console.log(Object.getPrototypeOf(nullProto), "toString" in nullProto);
var computed = { ["__proto__"]: base };
console.log(Object.getPrototypeOf(computed) === base, Object.keys(computed).join(","));
