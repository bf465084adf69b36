// `Math.f(args)` evaluates the callee before the arguments: an argument that
// replaces the function still calls the old one, and the next call the new
// one. (Compiled code knows the callee while Math is untouched.)

function roots(xs) {
  const out = [];
  for (const x of xs) out.push(Math.sqrt(x));
  return out.join(" ");
}
console.log(roots([0, 1, 2, 4, -1, NaN, Infinity, -0]));
console.log(Math.max(1, "7"), Math.min("3", 2), Math.abs("-5"), Math.floor(null), Math.ceil([]));
console.log(Math.trunc({ valueOf() { return -4.5; } }), Math.sqrt(undefined), 1 / Math.min(0, -0));

const original = Math.sqrt;
let calls = 0;
function patch() {
  Math.sqrt = function (x) {
    calls++;
    return "patched " + x;
  };
  return 16;
}
console.log(Math.sqrt(patch()));
console.log(Math.sqrt(25), calls);
Math.sqrt = original;
console.log(Math.sqrt(36), calls);

// Coercion that replaces another Math function mid-call.
const max = Math.max;
const sneaky = {
  valueOf() {
    Math.max = () => "replaced max";
    return 10;
  },
};
console.log(Math.max(sneaky, 3));
console.log(Math.max(1, 2));
Math.max = max;
console.log(Math.max(1, 2));
