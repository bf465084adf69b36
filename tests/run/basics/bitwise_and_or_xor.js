// & | ^ work on int32 conversions of their operands.
console.log(12 & 10);
console.log(12 | 10);
console.log(12 ^ 10);
console.log(-1 & 255);
console.log(-8 | 3);
console.log(-1 ^ 5);
console.log(4294967295 | 0);
console.log(4294967296 | 0);
console.log(2147483648 | 0);
console.log(3.9 | 0);
console.log(-3.9 | 0);
console.log(NaN | 0);
console.log(Infinity & 1);
console.log("7" & "3");
console.log(1e10 | 0);
console.log(true ^ 1);
console.log(0x0f0f & 0xff00);
