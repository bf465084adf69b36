// Number formatting edge cases via string concatenation.
console.log("" + 100);
console.log("" + 1e6);
console.log("" + 123e-20);
console.log("" + 0.000001);
console.log("" + 0.0000001);
console.log("" + 1.2e-6);
console.log("" + 1.23456789e21);
console.log("" + 111111111111111111111);
console.log("" + 2 ** 64);
console.log("" + -1e21);
console.log("" + 4.0);
console.log("" + 25e-1);
console.log("" + 1 / 7);
console.log("" + 5e-7);
