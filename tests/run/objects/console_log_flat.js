// console.log of small flat arrays and objects.
console.log([1, 2, 3]);
console.log([]);
console.log({ a: 1 });
console.log({});
var arr = [];
arr.push("x");
arr.push(2);
console.log(arr);
console.log({ a: 1, b: "s" });
