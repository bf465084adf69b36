var t1 = Date.now();
var x = 0;
for (var i = 0; i < 100000; i++) x += i;
var t2 = Date.now();
console.log(typeof t1, t1 > 1600000000000, t2 >= t1, t2 - t1 < 10000, Number.isInteger(t1), x);
console.log(typeof Date, typeof Date.now);
