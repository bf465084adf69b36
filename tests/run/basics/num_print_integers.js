// Printing integral numbers: small, negative, large, computed.
console.log(0);
console.log(42);
console.log(-17);
console.log(1000000);
console.log(123456789 * 10);
console.log(2 ** 31);
console.log(2 ** 32 + 1);
console.log(-(2 ** 40));
console.log(9007199254740991);
console.log(7 / 7);
console.log(10 - 20 + 3);
