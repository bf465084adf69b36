// Calls whose callee is guessed from where closures flow (an array filled
// with push, a local holding a direct call's result, a captured variable)
// run the guessed body inline only when the callee really is that closure.

function makeCounter(start, step) {
  let count = start;
  return function () {
    count += step;
    return count;
  };
}

// 1. The array holds the guessed closures, then something else as well.
const pool = [];
for (let i = 0; i < 4; i++) pool.push(makeCounter(i, i + 1));
let sum = 0;
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < pool.length; i++) sum += pool[i]();
}
console.log("pool", sum);
pool.push(function () { return "other " + typeof this; });
pool.push(Math.max);
pool.push(makeCounter(100, 1).bind(null));
pool.push((() => "arrow").bind({}));
for (let i = 0; i < pool.length; i++) console.log(i, pool[i]());
pool.push(42);
try {
  pool[8]();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
const holey = [makeCounter(0, 5)];
holey.length = 3;
try {
  holey[2]();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// 2. `this` of an element call is the array.
const selfish = [function () { return this === selfish ? "array" : typeof this; }];
selfish.push(function () { return this.length; });
console.log(selfish[0](), selfish[1]());

// 3. A local holding what a direct call returns; arguments missing and extra.
function makeAdder(a) {
  return (b, c) => a + b + (c === undefined ? 0 : c);
}
const add = makeAdder(10);
console.log(add(1), add(1, 2), add(1, 2, 3), add());
let replaced = makeAdder(1);
console.log(replaced(1));
replaced = (x) => "replaced " + x;
console.log(replaced(1));

// 4. Elements replaced by index, with getters and holes in between.
const ring = new Array(3).fill(null);
for (let i = 0; i < 7; i++) {
  const old = ring[i % 3];
  if (old !== null) console.log("ring", i, old(i));
  ring[i % 3] = makeAdder(i * 100);
}
ring[1] = { call: 1 };
try {
  ring[1](5);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log(ring[0](5, 1));

// 5. Two guesses: closures of either function, or neither.
function makePair(start) {
  let state = start;
  return [() => { state = (state * 5 + 1) & 0xff; return state; }, () => state];
}
const p = makePair(3);
console.log(p[0](), p[0](), p[1]());
p[0] = p[1];
console.log(p[0](), p[1]());
p[1] = () => "third";
console.log(p[0](), p[1]());

// 6. A body that throws, inline: the error and what ran before it.
function makeThrower(limit) {
  let calls = 0;
  return (x) => {
    calls++;
    if (x > limit) throw new RangeError("over " + limit + " after " + calls);
    return x;
  };
}
const throwers = [makeThrower(2)];
for (let x = 0; x < 5; x++) {
  try {
    console.log("ok", throwers[0](x));
  } catch (e) {
    console.log(e.name, e.message);
  }
}

// 7. A captured variable holding one of two closures, called from inside.
let f = (x) => x + 1;
for (let d = 0; d < 3; d++) {
  const g = f;
  f = (x) => g(x) * 2;
}
console.log(f(1));

// 8. `this` in a plain call: the global object in sloppy code, undefined in
//    strict code; in an element call, the array.
const receivers = [
  function () { return this === globalThis ? "global" : typeof this; },
  function () { "use strict"; return this === undefined ? "undefined" : typeof this; },
];
const sloppyOne = receivers[0];
const strictOne = receivers[1];
console.log(sloppyOne(), strictOne(), receivers[0](), receivers[1]());
