// < > <= >= convert mixed operands to numbers.
console.log("10" > 9);
console.log("10" < 9);
console.log("a" > 1);
console.log("a" < 1);
console.log(null >= 0);
console.log(null > 0);
console.log(undefined >= 0);
console.log(undefined < 0);
console.log(true > false);
console.log(true >= 1);
console.log("" < 1);
console.log(" 5 " > 4);
console.log(NaN <= NaN);
console.log(-Infinity < 0);
console.log(1 < 2 < 3);
console.log(3 > 2 > 1);
