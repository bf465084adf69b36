// Rule: `continue outer` from an inner loop still runs the outer loop's
// per-iteration step; the outer `i` is assigned in the body, so it is boxed
// and gets a fresh box in `next` even when the iteration ends by `continue L0`.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
const fs = [];
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j === 1) continue outer;
    if (i === 2) {
      i++;
      continue outer;
    }
    fs.push(() => i + "/" + j);
  }
}
console.log(runAll(fs));
