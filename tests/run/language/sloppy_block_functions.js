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

// An existing var of the name is the one assigned; a parameter of the name,
// or a let of it in a block between, keeps the declaration out of var scope.
function a() { var h = 1; { function h() { return "h"; } } return typeof h; }
function b(h) { { function h() {} } return typeof h; }
function c() { { let h = 1; { function h() {} } } return typeof h; }
function d() { var h; const before = typeof h; { function h() {} } h = 5; return [before, h]; }
const e = (h) => { { function h() {} } return typeof h; };
function f() { var g = () => typeof h; { function h() {} } return g(); }
console.log(a(), b(3), c(), d(), e(2), f());
{ function dup() { return 1; } function dup() { return 2; } }
console.log(dup());
function p(g) { { function g() { return "inner"; } } return typeof g; }
console.log(p(5));
function q() { var h = 1; { function h() {} } return typeof h; }
console.log(q());
function r() { "use strict"; { function k() {} } return typeof k; }
console.log(r());
function s() { let out = []; for (const n of [1, 2]) { function m() { return n; } out.push(m()); } return [out, m()]; }
console.log(s());
switch (1) { case 1: function sw() { return "sw"; } }
console.log(sw());
const restParam = (...h) => { { function h() {} } return typeof h; };
console.log(restParam(1));
