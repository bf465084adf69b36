// Rule: `for (let i ...)` has a fresh binding per iteration. When the body
// never assigns `i` and no closure in the update clause captures it, the
// value is simply copied into each closure (`env [i]`), with no boxes.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
const fs = [];
for (let i = 0; i < 3; i++) {
  fs.push(() => i * 10);
}
console.log(runAll(fs));
