// closure_churn: create and drop millions of closures, each capturing its own
// environment (several variables, including an object and an array), so the
// allocator/GC has to deal with lots of short-lived environments.

function makeEnv(i) {
  const a = i & 1023;
  const b = (i * 7) & 255;
  const box = { v: i & 63, hits: 0 };
  const arr = [a, b, box.v];
  return function (x) {
    box.hits++;
    return ((x + a) ^ b) + box.v + arr[x & 1];
  };
}

function makePair(i) {
  let state = i;
  return [
    () => { state = (state * 5 + 1) & 0xffff; return state; },
    () => state,
  ];
}

let checksum = 0;

// 1. One closure per iteration, called once, then garbage.
for (let i = 0; i < 7500000; i++) {
  const f = makeEnv(i);
  checksum = (checksum + f(i)) | 0;
}
console.log("single " + checksum);

// 2. Pairs of closures sharing one mutable environment.
let pairs = 0;
for (let i = 0; i < 2500000; i++) {
  const p = makePair(i);
  p[0]();
  p[0]();
  pairs = (pairs + p[1]()) | 0;
}
console.log("pairs " + pairs);

// 3. A sliding ring of live closures: keep the last 1000 alive, so some
//    environments survive a while before they die.
const ring = new Array(1000).fill(null);
let slide = 0;
for (let i = 0; i < 3000000; i++) {
  const slot = i % 1000;
  const old = ring[slot];
  if (old !== null) slide = (slide + old(i)) | 0;
  ring[slot] = makeEnv(i * 3);
}
console.log("ring " + slide);

// 4. Nested closures: each level captures the previous one.
let nested = 0;
for (let i = 0; i < 500000; i++) {
  let f = (x) => x + i;
  for (let d = 0; d < 5; d++) {
    const g = f;
    const k = d + (i & 3);
    f = (x) => g(x) * 2 + k;
  }
  nested = (nested + f(i & 15)) | 0;
}
console.log("nested " + nested);
console.log("checksum " + ((checksum ^ pairs ^ slide ^ nested) >>> 0));
