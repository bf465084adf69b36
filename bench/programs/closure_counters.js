// closure_counters: create counter closures and call them in hot loops.
// Each counter captures a mutable `count` and an immutable `step`.

function makeCounter(start, step) {
  let count = start;
  return function () {
    count += step;
    return count;
  };
}

function makeResettable(start) {
  let n = start;
  return {
    inc: () => { n++; return n; },
    get: () => n,
    reset: () => { n = start; },
  };
}

let checksum = 0;

// Phase 1: a pool of counters, round-robin calls.
const pool = [];
for (let i = 0; i < 1000; i++) {
  pool.push(makeCounter(i, (i % 7) + 1));
}
for (let round = 0; round < 60000; round++) {
  for (let i = 0; i < pool.length; i++) {
    checksum = (checksum + pool[i]()) | 0;
  }
}
console.log("phase1 " + checksum);

// Phase 2: create a fresh counter per outer iteration, call it a few times.
let phase2 = 0;
for (let i = 0; i < 10000000; i++) {
  const c = makeCounter(i & 1023, 3);
  c();
  c();
  phase2 = (phase2 + c()) | 0;
}
console.log("phase2 " + phase2);

// Phase 3: closures sharing one environment via an object of methods.
let phase3 = 0;
const objs = [];
for (let i = 0; i < 500; i++) objs.push(makeResettable(i));
for (let round = 0; round < 40000; round++) {
  for (let i = 0; i < objs.length; i++) {
    const o = objs[i];
    o.inc();
    if ((round + i) % 97 === 0) o.reset();
    phase3 = (phase3 + o.get()) | 0;
  }
}
console.log("phase3 " + phase3);
console.log("checksum " + ((checksum ^ phase2 ^ phase3) >>> 0));
