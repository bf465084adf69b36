// Mixed operator precedence and associativity.
console.log(1 + 2 * 3);
console.log((1 + 2) * 3);
console.log(10 - 4 - 3);
console.log(100 / 10 / 5);
console.log(2 * 3 ** 2);
console.log(1 + 2 << 1);
console.log(1 << 2 + 1);
console.log(5 & 3 | 8);
console.log(5 | 3 & 1);
console.log(6 ^ 3 & 5);
console.log(1 < 2 == true);
console.log(1 + 1 === 2 && 3 > 2);
console.log(!1 + 1);
console.log(-"3" * 2);
console.log(typeof 1 + 1);
console.log(7 % 4 * 2);
console.log(1 || 0 && 0);
console.log(null ?? 1 + 1);
