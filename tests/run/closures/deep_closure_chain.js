// A chain of 5000 closures, each calling the previous: deep recursion through closures.
var f = function () { return 0; };
for (let i = 1; i <= 5000; i++) {
  const prev = f;
  f = function () { return prev() + i; };
}
console.log(f());
function depth(n, k) { return n === 0 ? k(0) : depth(n - 1, v => k(v + 1)); }
console.log(depth(2000, v => v * 2));
