// while loops: counting, zero iterations, complex conditions.
var i = 0, total = 0;
while (i < 10) { total += i; i++; }
console.log(i, total);
var n = 0;
while (false) n++;
console.log(n);
var a = 1, b = 1;
while (b < 1000 && a !== 0) { var t = a + b; a = b; b = t; }
console.log(a, b);
var s = "";
var k = 5;
while (k--) s += k;
console.log(s, k);
