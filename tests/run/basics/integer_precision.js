// Doubles lose integer precision past 2**53.
var big = 2 ** 53;
console.log(big);
console.log(big + 1);
console.log(big + 2);
console.log(big + 1 === big);
console.log(9007199254740993);
console.log(12345678901234567890);
console.log(0.1 * 3);
console.log(0.1 * 3 === 0.3);
console.log(1e15 + 0.3);
console.log(1e16 + 0.5);
var sum = 0;
for (var i = 0; i < 10; i++) sum += 0.1;
console.log(sum);
console.log(4.35 * 100);
console.log(1.005 * 1000);
