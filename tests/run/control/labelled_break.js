// Labelled break exits an outer loop.
var found = "none";
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) { found = i + "," + j; break outer; }
  }
}
console.log(found, i, j);
var n = 0;
loop1: while (true) {
  loop2: while (true) {
    n++;
    if (n > 3) break loop1;
    break loop2;
  }
  n += 10;
}
console.log(n);
