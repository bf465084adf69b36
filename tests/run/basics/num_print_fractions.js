// Printing non-integral doubles uses the shortest round-trip form.
console.log(0.1 + 0.2);
console.log(0.1 + 0.7);
console.log(1 / 3);
console.log(2 / 3);
console.log(-1 / 3);
console.log(0.5);
console.log(1.5 * 3);
console.log(3.14159);
console.log(100 / 7);
console.log(1.1 * 1.1);
console.log(0.3 - 0.1);
console.log(123.456 - 0.006);
