// Division and modulo by zero and signed zeros.
console.log(1 / 0);
console.log(-1 / 0);
console.log(1 / -0);
console.log(0 / 0);
console.log(5 % 0);
console.log(0 / 5);
console.log(0 / -5);
console.log(-0 / 5);
console.log(1 / (0 * -3));
console.log(Infinity / 0);
console.log(0 / Infinity);
console.log(-5 / Infinity);
