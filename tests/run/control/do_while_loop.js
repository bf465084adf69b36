// do-while always runs its body at least once.
var i = 100;
do { console.log("body", i); i++; } while (i < 3);
var j = 0;
do { j += 2; } while (j < 7);
console.log(j);
var digits = 0, n = 98765;
do { digits++; n = (n - n % 10) / 10; } while (n > 0);
console.log(digits);
var c = 0;
do c++; while (c < 4);
console.log(c);
