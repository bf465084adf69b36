// Nested loops: break/continue only affect the innermost loop.
var pairs = "";
for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j > i) break;
    if (j === 1) continue;
    pairs += i + "" + j + " ";
  }
}
console.log(pairs);
var table = "";
for (let r = 1; r <= 3; r++) {
  let row = "";
  for (let c = 1; c <= 3; c++) row += r * c + " ";
  table += row + "| ";
}
console.log(table);
