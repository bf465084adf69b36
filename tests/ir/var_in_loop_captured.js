// Rule: a `var` declared inside a loop body has one binding for the whole
// function, re-initialized each iteration: when captured it is boxed, and all
// closures see the last value.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
function f() {
  const fs = [];
  let k = 0;
  while (k < 3) {
    var sq = k * k;
    fs.push(() => sq);
    k++;
  }
  return runAll(fs);
}
console.log(f());
