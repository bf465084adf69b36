// Basic arithmetic operators on doubles.
var a = 17, b = 5;
console.log(a + b);
console.log(a - b);
console.log(a * b);
console.log(a / b);
console.log(a % b);
console.log(b - a);
console.log(-a * -b);
console.log(a / -b);
console.log(0.1 * 3);
console.log(1e16 + 1);
console.log(2 * 3 + 4 * 5);
console.log((2 + 3) * (4 + 5));
console.log(100 / 3 * 3);
