// for(;;) with break; empty loop bodies.
var n = 0;
for (;;) { if (++n === 7) break; }
console.log(n);
var i;
for (i = 0; i < 1000; i++);
console.log(i);
var w = 10;
while (w-- > 3);
console.log(w);
