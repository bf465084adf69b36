// Closures capturing loop variables: var vs let vs const.
const varFns = [];
for (var i = 0; i < 3; i++) varFns.push(() => i);
console.log(varFns.map((f) => f()));
const letFns = [];
for (let j = 0; j < 3; j++) letFns.push(() => j);
console.log(letFns.map((f) => f()));
const constFns = [];
for (const k of ["a", "b", "c"]) constFns.push(() => k);
console.log(constFns.map((f) => f()));
const inFns = [];
for (const key in { x: 1, y: 2 }) inFns.push(() => key);
console.log(inFns.map((f) => f()));
const iife = [];
for (var m = 0; m < 3; m++) iife.push(((captured) => () => captured)(m));
console.log(iife.map((f) => f()));
const mutated = [];
for (let n = 0; n < 3; n++) {
  mutated.push(() => n);
  n++;
}
console.log(mutated.map((f) => f()));
const whileFns = [];
let w = 0;
while (w < 3) { const c = w; whileFns.push(() => c * 10); w++; }
console.log(whileFns.map((f) => f()));
const counters = [];
for (let q = 0; q < 2; q++) {
  let count = q * 100;
  counters.push({ inc: () => ++count, get: () => count });
}
counters[0].inc(); counters[0].inc(); counters[1].inc();
console.log(counters.map((c) => c.get()));
const shared = [];
for (let r = 0; r < 3; r++) shared.push(() => r++);
console.log(shared[0](), shared[0](), shared[1](), shared[2]());
