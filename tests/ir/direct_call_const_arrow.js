// Rule: a `const` (or never-assigned `let`) initialized with an arrow or a
// function expression always holds that function once initialized, so calls
// to it are `call_direct` (the closure is still passed: it carries the
// environment). A call that may run before the initialization keeps the
// ordinary, TDZ-checked call; an assigned `let` keeps `call`; inside the
// function itself the name is `callee`.
function early() {
  return twice(1);
}
const k = Math.max(10, 0);
const twice = (x) => x * 2 + k;
const half = function (x) {
  return x / 2;
};
let inc = (x) => x + 1;
let swap = (x) => x;
swap = (x) => -x;
const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));
console.log(early(), twice(2), half(8), inc(1), swap(3), fact(5));
