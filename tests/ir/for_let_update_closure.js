// Rule: a closure created in the update clause of `for (let i ...)` captures
// the binding of the next iteration, which the update then increments: `i` is
// boxed with a fresh box per iteration even though the body never assigns it.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
const fromUpdate = [];
const fromBody = [];
for (let i = 0; i < 3; fromUpdate.push(() => i), i++) {
  fromBody.push(() => i);
}
console.log(runAll(fromBody), runAll(fromUpdate));
