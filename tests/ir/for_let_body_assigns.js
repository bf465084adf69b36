// Rule: `for (let i ...)` where the body assigns `i` and a closure captures
// it: `i` is boxed, and each iteration gets a fresh box
// (`%i = box_new(box_get(%i))` before the loop and in `next`, before the update).
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
const fs = [];
for (let i = 0; i < 6; i++) {
  fs.push(() => i);
  i++;
}
console.log(runAll(fs));
