// Constants (`const` with a primitive initializer) read where they are
// certainly initialized are folded to their values; reads that may run
// before the initialization still throw ReferenceError.
const log = (...a) => console.log(...a);

// A hoisted function called before the initialization sees the TDZ.
try {
  early();
} catch (e) {
  log("early:", e.name, e.message);
}
const A = 5;
function early() {
  return A;
}
log("after:", early());

// Constants built from constants.
const B = A | 2;
const C = ~B;
const S = "x" + A + true + null + undefined;
const T = `tpl`;
const TY = typeof A;
const NZ = -0;
const SH = -1 >>> 0;
const SL = 1 << 31;
const SR = -16 >> 2;
const M = -7 % 3;
const DIV = 1 / 3;
const NUMSTR = 0.1 + 0.2 + "";
const BIGSTR = 1e21 + "!";
const U = void 0;
const N = null;
const NN = NaN;
const INF = -Infinity;
const NOT = !"";
const WRAP = 4294967296 + 7 | 0;
const FLAGS = (1 << 3) | (1 << 5);
function show() {
  log(B, C, S, T, TY, Object.is(NZ, -0), 1 / NZ, SH, SL, SR, M, DIV);
  log(NUMSTR, BIGSTR, U, N, NN, INF, NOT, WRAP, FLAGS & 8, typeof S, typeof N);
}
show();

// Shadowing: the inner constant wins.
function shadow() {
  const A = "inner";
  return () => A;
}
log(shadow()(), A);

// Per-iteration constants in loops.
const fs = [];
for (let i = 0; i < 3; i++) {
  const K = 5;
  fs.push(() => K + i);
}
log(fs.map((f) => f()));

// A closure made before the initialization, called in between: TDZ.
const getL = () => L;
try {
  getL();
} catch (e) {
  log("getL:", e.name);
}
const L = 4;
log("getL:", getL());

// Made before, but nothing in between can call it: the value.
const g2 = () => M2;
const X1 = 1,
  X2 = [1, 2, X1],
  X3 = { a: 1, get b() { return M2; }, m() { return X1; } };
class Inert {
  static s() { return M2; }
  f = M2;
}
const M2 = 7;
log("g2:", g2(), X3.b, X3.m(), Inert.s(), new Inert().f, X2);

// Calls hidden in literals and operators run before the initialization.
function late() {
  return LATE;
}
const viaArray = () => [late()];
const viaObject = () => ({ v: late() });
const viaOperator = () => ({ valueOf: late }) + 1;
for (const f of [viaArray, viaObject, viaOperator]) {
  try {
    f();
  } catch (e) {
    log("late:", e.name, e.message);
  }
}
const LATE = "late";
log("late:", viaArray(), viaObject(), viaOperator());

// Nested hoisted function called before and after the initialization.
function outer() {
  const r = [];
  try {
    r.push(inner());
  } catch (e) {
    r.push(e.constructor.name);
  }
  const C1 = 5;
  r.push(inner());
  return r;
  function inner() {
    return C1 + A;
  }
}
log("outer:", outer());

// A class whose static field calls a function reading a later constant.
try {
  class K2 {
    static v = early2();
  }
  log(K2.v);
} catch (e) {
  log("class:", e.name);
}
const V2 = 1;
function early2() {
  return V2;
}
log("early2:", early2());

// A constant in a switch case: not folded (cases can skip it).
switch (1) {
  case 0:
    const Z = 1;
  // falls through
  case 1:
    try {
      log(Z);
    } catch (e) {
      log("switch:", e.name);
    }
}

// In a block, before its declaration.
{
  try {
    log(Q);
  } catch (e) {
    log("block:", e.name);
  }
  const Q = 1;
  log("block:", Q);
}

// Assignments to constants still throw.
function assign() {
  A = 2;
}
try {
  assign();
} catch (e) {
  log("assign:", e.name, e.message);
}

// Keys, defaults and typeof.
const KEY = "k" + A;
const obj = { [KEY]: 1, k6: 2 };
obj[KEY] += 10;
log(obj, obj[KEY], KEY in obj);
function dflt(x = A * 2) {
  return x;
}
log(dflt(), dflt(1), typeof A, typeof KEY);

// Objects are not constants, but reading them works the same.
const OBJ = { n: 1 };
function bump() {
  return ++OBJ.n;
}
bump();
log(OBJ.n, bump());
