// curried_adders: curried arrow functions, partial application, calls
// through several closure layers.

const add3 = (a) => (b) => (c) => a + b + c;
const mul2 = (a) => (b) => a * b;

function curry2(f) {
  return (a) => (b) => f(a, b);
}

const sub = curry2((a, b) => a - b);
const xorc = curry2((a, b) => a ^ b);

let acc = 0;

// Fully applied at each step: allocates two intermediate closures per call.
for (let i = 0; i < 30000000; i++) {
  acc = (acc + add3(i)(i & 255)(7)) | 0;
}
console.log("full " + acc);

// Partially applied once, then reused in hot loop.
const adders = [];
for (let k = 0; k < 64; k++) adders.push(add3(k)(k * 2));
let acc2 = 0;
for (let i = 0; i < 80000000; i++) {
  acc2 = (acc2 + adders[i & 63](i)) | 0;
}
console.log("partial " + acc2);

// Mixed curried helpers.
let acc3 = 1;
for (let i = 0; i < 20000000; i++) {
  const m = mul2(i & 15)(3);
  const s = sub(m)(i & 7);
  acc3 = (xorc(acc3)(s) * 31 + i) | 0;
}
console.log("mixed " + acc3);
console.log("checksum " + ((acc ^ acc2 ^ acc3) >>> 0));
