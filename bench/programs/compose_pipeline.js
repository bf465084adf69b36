// compose_pipeline: compose small closures into pipelines and apply them
// many times (indirect calls through closure chains, rest params, reduce).

function compose(...fns) {
  return function (x) {
    let v = x;
    for (let i = fns.length - 1; i >= 0; i--) v = fns[i](v);
    return v;
  };
}

function pipe2(f, g) {
  return (x) => g(f(x));
}

const inc = (x) => x + 1;
const dbl = (x) => x * 2;
const half = (x) => x >> 1;
const mask = (x) => x & 0xffff;
const addK = (k) => (x) => x + k;
const xorK = (k) => (x) => x ^ k;

// A pipeline built with compose (array of functions, loop inside).
const p1 = compose(mask, half, dbl, inc, addK(3), xorK(0x5a5a), inc);

// A deep pipeline built by repeated binary composition (nested closures).
let p2 = (x) => x;
for (let k = 0; k < 16; k++) {
  p2 = pipe2(p2, k % 2 === 0 ? addK(k) : xorK(k * 37));
}
p2 = pipe2(p2, mask);

// A pipeline built with reduce.
const steps = [inc, dbl, addK(11), half, xorK(1234), mask];
const p3 = steps.reduce((f, g) => (x) => g(f(x)), (x) => x);

let a = 0, b = 0, c = 0;
for (let i = 0; i < 3000000; i++) {
  a = (a + p1(i)) | 0;
  b = (b + p2(i)) | 0;
  c = (c + p3(i ^ a)) | 0;
}
console.log("p1 " + a);
console.log("p2 " + b);
console.log("p3 " + c);

// Build many short-lived pipelines and apply each a few times.
let d = 0;
for (let i = 0; i < 300000; i++) {
  const f = compose(addK(i & 63), xorK(i & 255), inc);
  d = (d + f(i) + f(d & 1023)) | 0;
}
console.log("dynamic " + d);
console.log("checksum " + ((a ^ b ^ c ^ d) >>> 0));
