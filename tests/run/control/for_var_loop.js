// Classic for loops with var heads; the variable outlives the loop.
var out = "";
for (var i = 0; i < 5; i++) out += i;
console.log(out, i);
var sum = 0;
for (var a = 10; a > 0; a -= 3) sum += a;
console.log(sum, a);
for (var x = 0, y = 10; x < y; x += 2, y -= 1) {}
console.log(x, y);
var m = 1;
for (; m < 100;) m *= 3;
console.log(m);
