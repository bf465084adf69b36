// Array literals, indexing, length and writes.
var a = [10, 20, 30];
console.log(a.length, a[0], a[2], a[3]);
a[1] = 25;
console.log(a[1]);
var i = 2;
console.log(a[i], a[i - 2], a[a.length - 1]);
var empty = [];
console.log(empty.length, empty[0]);
var mixed = [1, "two", true, null, undefined];
console.log(mixed.length, mixed[1], mixed[2], mixed[3], mixed[4]);
var nested = [[1, 2], [3, [4, 5]]];
console.log(nested[1][1][0], nested[0].length);
console.log(typeof a);
