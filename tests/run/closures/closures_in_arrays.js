// Closures stored in arrays and invoked in different orders.
var fns = [];
for (let i = 0; i < 5; i++) fns.push(x => x + i);
var s = "";
for (var j = fns.length - 1; j >= 0; j--) s += fns[j](100) + " ";
console.log(s);
var pipeline = [x => x + 1, x => x * 2, x => x - 3];
var v = 5;
for (var k = 0; k < pipeline.length; k++) v = pipeline[k](v);
console.log(v);
var matrix = [[() => "a"], [() => "b", () => "c"]];
console.log(matrix[1][1]() + matrix[0][0]());
