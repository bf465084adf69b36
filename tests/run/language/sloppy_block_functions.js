// Sloppy-mode function declarations in blocks (Annex B.3.3): a block
// binding created with the block, and a var of the enclosing function that
// the declaration statement assigns when it runs.

function pick(x) {
  if (x) {
    function h() { return "a"; }
  } else {
    function h() { return "b"; }
  }
  return h();
}
console.log(pick(true), pick(false));

function before() {
  const seen = typeof early;
  {
    const inside = early();
    function early() { return "hoisted in the block"; }
    console.log(inside);
  }
  return [seen, typeof early];
}
console.log(before());

function skipped(n) {
  switch (n) {
    case 0:
      function f() { return "case 0"; }
      break;
    default:
  }
  lbl: {
    if (n > 1) break lbl;
    function g() { return "not skipped"; }
  }
  return [typeof f, typeof g];
}
console.log(skipped(0), skipped(1), skipped(2));

function reassigned() {
  {
    function k() { return "fn"; }
    k = "changed inside";
    var inner = typeof k;
  }
  return [inner, typeof k];
}
console.log(reassigned());

function inLoop() {
  const made = [];
  for (let i = 0; i < 3; i++) {
    function step() { return i; }
    made.push(step);
  }
  return [made.map((s) => s()), typeof step, step()];
}
console.log(inLoop());

function captured() {
  const readers = [];
  readers.push(() => typeof c);
  {
    readers.push(() => c());
    function c() { return "block c"; }
  }
  return readers.map((r) => r());
}
console.log(captured());

function recursive() {
  {
    function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
  }
  return fact(6);
}
console.log(recursive());

// At the top level of the script too.
{ function top() { return 1; } }
{ function top() { return 2; } }
console.log(top());
console.log(typeof notYet);
if (false) { function notYet() {} }
console.log(typeof notYet);

try {
  callMe();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
{ function callMe() { return 1; } }
console.log(callMe());

// A block-level function that calls itself, captured by a closure (boxed),
// in strict code too (where the block binding is the only one).
function strictRecursive() {
  "use strict";
  const out = [];
  for (let i = 0; i < 3; i++) {
    function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    const later = () => fib(i + 5);
    out.push(later());
  }
  return out;
}
console.log(strictRecursive());
function sloppyRecursiveInLoop() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    function tri(n) { return n === 0 ? 0 : n + tri(n - 1); }
    out.push(() => tri(i + 3));
  }
  return [out.map((f) => f()), tri(4)];
}
console.log(sloppyRecursiveInLoop());
