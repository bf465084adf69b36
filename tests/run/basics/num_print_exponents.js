// Number-to-string switches to exponent form at 1e21 and below 1e-6.
console.log(1e20);
console.log(1e21);
console.log(123e19);
console.log(123e20);
console.log(999999999999999900000);
console.log(1e-6);
console.log(1e-7);
console.log(0.000001234);
console.log(0.0000001234);
console.log(-1.5e-9);
console.log(1e300 * 10);
console.log(1.7976931348623157e308);
console.log(5e-324);
console.log(2 ** 70);
console.log(2 ** -20);
console.log(1 / 1e25);
