// -0 prints as -0 in console.log but as "0" when stringified.
console.log(-0);
console.log(0 * -1);
console.log(-0 + 0);
console.log(-0 - 0);
var z = -0;
console.log(z);
console.log(1 / z);
console.log(z === 0);
console.log(z == 0);
console.log(String(z));
console.log("" + z);
console.log("z is", z);
console.log(-(0));
console.log(-1 % 1);
console.log(isNeg(z));
function isNeg(v) { return v < 0 ? "neg" : "not neg"; }
