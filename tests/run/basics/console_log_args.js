// console.log with zero, one and many arguments of mixed types.
console.log();
console.log("one");
console.log("a", "b", "c");
console.log(1, "two", true, null, undefined);
console.log("", "");
console.log("x", -0, 0, NaN);
console.log(1.5, -2.25, 1e21, 1e-7);
console.log("multi\nline", 3);
var a = 1, b = "b";
console.log(a, b, a + b);
