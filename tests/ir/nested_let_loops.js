// Rule: nested `for (let ...)` loops: closures in the inner body capture both
// bindings by copy (`env [i, j]`), one pair per inner iteration.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
const cells = [];
for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 3; j++) {
    cells.push(() => i + ":" + j);
  }
}
console.log(runAll(cells));
