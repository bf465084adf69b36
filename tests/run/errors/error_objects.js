// Error constructors set name and message.
var e1 = new Error("plain");
var e2 = new TypeError("bad type");
var e3 = new RangeError("out of range");
var e4 = new ReferenceError("no ref");
console.log(e1.name, e1.message);
console.log(e2.name, e2.message);
console.log(e3.name, e3.message);
console.log(e4.name, e4.message);
var e5 = new Error();
console.log(e5.name, "[" + e5.message + "]");
var e6 = new Error("second");
console.log(e6.name, e6.message, e6 instanceof Error);
var e7 = new Error(42);
console.log(e7.message, typeof e7.message);
e1.message = "changed";
console.log(e1.message);
console.log(typeof e1);
