// Spreading large arrays and building many intermediate arrays (GC pressure).
var big = [];
for (var i = 0; i < 5000; i++) big.push(i);
var copy = [...big];
console.log(copy.length, copy[4999]);
var target = [];
target.push(...big.slice(0, 1000));
console.log(target.length);
function count(...xs) { return xs.length; }
console.log(count(...big));
var acc = [];
for (var j = 0; j < 300; j++) acc = [...acc, j];
console.log(acc.length, acc[299]);
var obj = {};
for (var k = 0; k < 200; k++) obj = { ...obj, ["k" + k]: k };
console.log(Object.keys(obj).length, obj.k199);
var strs = [];
for (var s = 0; s < 100; s++) strs = [...strs, ...`${s}`];
console.log(strs.length, strs.slice(-3).join(""));
console.log(Math.max(...big), Math.min(...big));
