// Sorting a larger pseudo-random array and checking order.
var seed = 4242;
function rnd() { seed = (seed * 75 + 74) % 65537; return seed % 1000; }
var a = [];
for (var i = 0; i < 200; i++) a.push(rnd());
a.sort((x, y) => x - y);
var ok = true;
for (var j = 1; j < a.length; j++) if (a[j - 1] > a[j]) ok = false;
console.log(ok, a.length, a[0], a[199], a[100]);
