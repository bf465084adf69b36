// ** operator: associativity, negatives, fractions, special values.
console.log(2 ** 10);
console.log(2 ** 3 ** 2);
console.log((2 ** 3) ** 2);
console.log((-2) ** 3);
console.log((-2) ** 2);
console.log(2 ** -1);
console.log(4 ** 0.5);
console.log(10 ** 21);
console.log(10 ** -7);
console.log(NaN ** 0);
console.log(0 ** 0);
console.log(1 ** Infinity);
console.log((-8) ** (1 / 3));
console.log(0 ** -1);
console.log((-0) ** -1);
var x = 3;
console.log(-(x ** 2));
