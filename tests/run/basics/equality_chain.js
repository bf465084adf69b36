// Equality results combined with other operators.
var a = 3, b = "3", c = 3.0;
console.log(a == b && a === c);
console.log(a === b || b == c);
console.log((a == b) + (a === b));
console.log((a != b) === false);
console.log(typeof (a == b));
var x = null;
console.log(x == undefined ? "nullish" : "value");
x = 0;
console.log(x == undefined ? "nullish" : "value");
