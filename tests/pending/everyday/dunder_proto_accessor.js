// The legacy __proto__ accessor on Object.prototype.
class A {}
class B extends A {}
console.log(B.__proto__ === A, new B().__proto__ === B.prototype);
const o = { x: 1 };
const child = { __proto__: o, y: 2 };
console.log(child.x, Object.getPrototypeOf(child) === o, Object.keys(child));
const c2 = {};
c2.__proto__ = o;
console.log(c2.x);
