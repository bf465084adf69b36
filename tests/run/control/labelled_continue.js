// Labelled continue skips to the next iteration of an outer loop.
var out = "";
rows: for (let r = 0; r < 4; r++) {
  for (let c = 0; c < 4; c++) {
    if (c > r) continue rows;
    out += r + "" + c + " ";
  }
  out += "| ";
}
console.log(out);
var count = 0;
var i = 0;
outer: do {
  i++;
  for (var j = 0; j < 10; j++) {
    if (j === 2) continue outer;
    count++;
  }
} while (i < 3);
console.log(count, i);
