// Uncaught RangeError from an invalid array length.
console.log("start");
const n = -1;
const arr = new Array(n);
console.log(arr);
