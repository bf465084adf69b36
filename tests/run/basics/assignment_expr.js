// Assignment is an expression; chains assign right to left.
var a, b, c;
a = b = c = 5;
console.log(a, b, c);
var x = 1;
var y = (x = 10) + 1;
console.log(x, y);
var z;
console.log(z = "val");
var p = 1, q = 2;
p = q = p + q;
console.log(p, q);
let m = 3;
m = m * m;
console.log(m);
