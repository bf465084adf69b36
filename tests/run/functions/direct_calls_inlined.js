// Direct calls of small functions run their bodies inline
// (`convert::inline`, `Expr::InlinedDirectCall`). They must behave exactly
// like the calls.

// Missing and extra arguments; extra ones are still evaluated.
function pair(a, b) {
  return [a, b];
}
let evaluated = 0;
console.log(pair(1), pair(1, 2, evaluated++), evaluated);

// Inlined calls in the arguments of an inlined call of the same function.
function h(a, b) {
  return a + (b === undefined ? "u" : b);
}
console.log(h(h(1, 2), h(3, 4)), h(h(h(1)), h("x", h(2, 3))));

// Argument order and side effects.
const order = [];
function note(x) {
  order.push(x);
  return x;
}
function sub(a, b) {
  return a - b;
}
console.log(sub(note(10), note(3)), order);

// Recursion through the inlined copy.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fib(20), fact(10));

// A `let` read before its declaration in the inlined body.
function early(a) {
  const r = later + a;
  let later = 1;
  return r;
}
try {
  console.log(early(2));
} catch (e) {
  console.log(e.name, e.message);
}

// Captured values: by value (lifted), from a closure's environment, and a
// shared mutable one.
function makeAdder(k) {
  const addK = (x) => x + k;
  return addK(1) + addK(2);
}
console.log(makeAdder(10));
let shared = 1;
function bump(by) {
  shared += by;
  return shared;
}
console.log(bump(2), bump(3), shared);
function outer(v) {
  function peek() {
    return v;
  }
  const first = peek();
  v = "changed";
  return first + " " + peek();
}
console.log(outer("start"));

// Exceptions thrown inside an inlined body.
function boom(x) {
  return x.missing.deeper;
}
try {
  boom({});
} catch (e) {
  console.log(e.name, e.message);
}
function throwsValue(v) {
  throw v;
}
try {
  throwsValue(42);
} catch (e) {
  console.log("caught", e);
}

// A named function expression that refers to itself.
const countDown = function self(n) {
  return n > 0 ? self(n - 1) : typeof self;
};
console.log(countDown(3));

// `this` in a sloppy function called directly is the global object.
function thisKind() {
  return typeof this;
}
console.log(thisKind());

// Sloppy and strict bodies inlined into code of the other mode.
function sloppyGlobal(v) {
  madeGlobal = v;
  return madeGlobal;
}
console.log(sloppyGlobal(5), typeof madeGlobal);
function strictWrite(o) {
  "use strict";
  o.x = 1;
  return o.x;
}
try {
  console.log(strictWrite(Object.freeze({ x: 0 })));
} catch (e) {
  console.log(e.name);
}
function sloppyWrite(o) {
  o.x = 1;
  return o.x;
}
console.log(sloppyWrite(Object.freeze({ x: 0 })));

// Deep recursion still ends in a RangeError.
function deep(n) {
  return deep(n + 1) + 1;
}
try {
  deep(0);
} catch (e) {
  console.log(e.name, e.message);
}

// In a hot loop.
function square(x) {
  return x * x;
}
let total = 0;
for (let i = 0; i < 1000; i++) total = (total + square(i)) | 0;
console.log(total);
