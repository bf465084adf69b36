// typeof on every kind of value, including undeclared names.
console.log(typeof 1);
console.log(typeof NaN);
console.log(typeof "s");
console.log(typeof "");
console.log(typeof true);
console.log(typeof undefined);
console.log(typeof null);
console.log(typeof {});
console.log(typeof []);
console.log(typeof function () {});
console.log(typeof (() => 1));
console.log(typeof nope);
console.log(typeof nope === "undefined");
console.log(typeof typeof 1);
var v;
console.log(typeof v);
function g() {}
console.log(typeof g);
console.log(typeof new g());
console.log(typeof (1 + "1"));
console.log(typeof (1 - "1"));
