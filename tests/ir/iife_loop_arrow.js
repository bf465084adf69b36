// Rule: the IIFE idiom over a shared `var` loop counter. The counter `n` is
// only read by the loop itself (the IIFE receives it as an argument), so it
// stays a local; the IIFE's parameter `k` is copied into the inner arrow.
function runAll(fs) {
  const out = [];
  for (let k = 0; k < fs.length; k++) out.push(fs[k]());
  return out.join(",");
}
var out = [];
var n = 0;
while (n < 3) {
  out.push(((k) => () => k * k)(n));
  n++;
}
console.log(runAll(out));
