// Rule: a `let`/`const` declared inside a loop body is a fresh binding per
// iteration; captured and never reassigned, it is copied, unlike the `var` in
// var_in_loop_captured.js.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
function f() {
  const fs = [];
  let k = 0;
  while (k < 3) {
    const sq = k * k;
    fs.push(() => sq);
    k++;
  }
  return runAll(fs);
}
console.log(f());
