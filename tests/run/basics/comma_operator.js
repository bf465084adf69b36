// The comma operator evaluates left to right and yields the last value.
var a = (1, 2, 3);
console.log(a);
var i, j;
for (i = 0, j = 10; i < j; i++, j--) {}
console.log(i, j);
var n = 0;
var r = (n = n + 1, n = n * 10, n + 5);
console.log(n, r);
function f() { return (console.log("in f"), 42); }
console.log(f());
console.log((0, "x"));
