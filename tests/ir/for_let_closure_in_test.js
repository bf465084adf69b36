// Rule: a closure in the test clause of `for (let i ...)` sees the current
// iteration's binding, which is copied to the next iteration before the
// update runs: it never changes afterwards, so `i` is copied, not boxed.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
const seen = [];
for (let i = 0; (seen.push(() => i), i < 3); i++) {}
console.log(runAll(seen));
