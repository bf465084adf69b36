// Nested for-of with labels over mixed iterables.
var grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
var found = null;
search: for (const [r, row] of grid.entries()) {
  for (const [c, v] of row.entries()) {
    if (v * v > 30) { found = `${r},${c}=${v}`; break search; }
  }
}
console.log(found);
var out = [];
rows: for (const row of grid) {
  cols: for (const v of row) {
    if (v % 2 === 0) continue cols;
    if (v === 5) continue rows;
    if (v === 9) break rows;
    out.push(v);
  }
  out.push("|");
}
console.log(out.join(""));
var words = new Map([["a", ["ant", "ape"]], ["b", ["bee"]], ["c", ["cat", "cow", "crab"]]]);
out = [];
letters: for (const [letter, list] of words) {
  for (const w of list) {
    for (const ch of w) {
      if (ch === "r") continue letters;
      if (ch === "w") break letters;
    }
    out.push(w);
  }
}
console.log(out.join(","));
var count = 0;
a: for (const i of [1, 2, 3]) b: for (const j of [1, 2, 3]) c: for (const k of [1, 2, 3]) {
  if (k === 2) continue b;
  if (j === 3) continue a;
  count += i * 100 + j * 10 + k;
}
console.log(count);
