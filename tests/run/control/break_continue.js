// break and continue in loops.
var s = "";
for (var i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  s += i;
}
console.log(s);
var n = 0;
while (true) { n++; if (n >= 5) break; }
console.log(n);
var c = 0, k = 0;
do { k++; if (k === 2) continue; c += k; } while (k < 5);
console.log(c);
for (let j = 0; j < 3; j++) { if (j === 1) continue; console.log("j", j); }
