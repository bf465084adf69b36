// Loops with conditions using && || ?? and ?:.
var a = 0, b = 10;
while (a < 5 && b > 5) { a++; b--; }
console.log(a, b);
var x = null, tries = 0;
while ((x ?? 0) < 3) { x = (x ?? 0) + 1; tries++; }
console.log(x, tries);
var out = "";
for (var i = 0; i < 6; i++) out += i % 2 ? "o" : "e";
console.log(out);
