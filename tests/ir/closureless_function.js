// Rule: a function that captures nothing and whose binding is only ever
// called (never read as a value, never called with spread arguments, never
// before its initialization) gets no closure object: `no closure`, calls are
// `call_direct @f name(...)` with an undefined callee, and functions calling
// it do not capture it. Any other use keeps the closure.
function square(x) {
  return x * x;
}
const sumSquares = (a, b) => square(a) + square(b);
const countdown = (n) => (n <= 0 ? 0 : 1 + countdown(n - 1));
function usesArguments() {
  return arguments.length;
}
const asValue = (x) => x + 1;
const spreadTarget = (a, b) => a - b;
function callsLater() {
  return later(1);
}
const later = (x) => x;
const named = function self(n) {
  return n > 0 ? self(n - 1) : self;
};
const outer = () => {
  const inner = () => sumSquares(1, 2);
  return inner() + inner();
};
console.log(sumSquares(3, 4), countdown(3), usesArguments(1, 2), [1].map(asValue));
console.log(spreadTarget(...[5, 3]), callsLater(), typeof named(2), outer());
