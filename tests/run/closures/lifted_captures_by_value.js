// Variables captured only by lifted functions (no closure object) are passed
// by value at each call, read when the call happens: early calls must throw
// node's ReferenceError only when the variable is actually read, later
// calls see the current value, and closures made inside a lifted function
// keep seeing the binding.
function report(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}

// A hoisted declaration reading consts declared after it.
function early() {
  const out = [];
  try {
    out.push(sum(2));
  } catch (e) {
    out.push(e.message);
  }
  const xs = [1, 2, 3];
  const scale = 10;
  out.push(sum(3));
  return out.join(" | ");
  function sum(n) {
    let s = 0;
    for (let i = 0; i < n; i++) s += xs[i] * scale;
    return s;
  }
}
report("early", early);

// An early call that does not read the variable does not throw.
function earlyNoRead() {
  const r = [pick(false)];
  const later = "later";
  r.push(pick(true));
  return r.join(",");
  function pick(read) {
    return read ? later : "skipped";
  }
}
report("earlyNoRead", earlyNoRead);

// The error comes from the read, after the callee's earlier side effects.
function sideEffectsFirst() {
  const log = [];
  try {
    step();
  } catch (e) {
    log.push(e.message);
  }
  const limit = 3;
  step();
  return log.join(";");
  function step() {
    log.push("step");
    log.push("limit " + limit);
  }
}
report("sideEffectsFirst", sideEffectsFirst);

// Recursion passes the captured values on.
function queens(n) {
  const cols = new Array(n).fill(false);
  const d1 = new Array(2 * n).fill(false);
  const d2 = new Array(2 * n).fill(false);
  let count = 0;
  function place(row) {
    if (row === n) {
      count++;
      return;
    }
    for (let c = 0; c < n; c++) {
      if (!cols[c] && !d1[row + c] && !d2[row - c + n]) {
        cols[c] = d1[row + c] = d2[row - c + n] = true;
        place(row + 1);
        cols[c] = d1[row + c] = d2[row - c + n] = false;
      }
    }
  }
  place(0);
  return count;
}
report("queens", () => [4, 5, 6, 7, 8].map(queens).join(","));

// Recursion that starts before the initialization.
function recursiveEarly() {
  const r = [];
  try {
    r.push(depth(3));
  } catch (e) {
    r.push(e.message);
  }
  const unit = 2;
  r.push(depth(3));
  return r.join(" ");
  function depth(k) {
    return k === 0 ? unit : 1 + depth(k - 1);
  }
}
report("recursiveEarly", recursiveEarly);

// Mutual recursion between hoisted declarations.
function parity(n) {
  const yes = "even";
  const no = "odd";
  function isEven(k) {
    return k === 0 ? yes : isOdd(k - 1);
  }
  function isOdd(k) {
    return k === 0 ? no : isEven(k - 1);
  }
  return isEven(n);
}
report("parity", () => parity(7) + " " + parity(10));

// Mutual recursion that starts early.
function parityEarly() {
  const out = [];
  try {
    out.push(ev(3));
  } catch (e) {
    out.push(e.message);
  }
  const yes = true;
  out.push(ev(4), ev(5));
  return out.join(" ");
  function ev(k) {
    return k === 0 ? yes : od(k - 1);
  }
  function od(k) {
    return k === 0 ? !yes : ev(k - 1);
  }
}
report("parityEarly", parityEarly);

// A lifted function declared inside another lifted function.
function nested() {
  const out = [];
  try {
    out.push(outer(1));
  } catch (e) {
    out.push(e.message);
  }
  const base = 100;
  out.push(outer(2));
  return out.join(" ");
  function outer(k) {
    function inner(j) {
      return base + j;
    }
    return inner(k) + inner(k * 10);
  }
}
report("nested", nested);

// A closure made by an early call keeps the binding: it sees the value once
// initialized.
function closureFromEarlyCall() {
  const get = make();
  let before;
  try {
    before = get();
  } catch (e) {
    before = e.message;
  }
  const value = "init";
  return before + " / " + get() + " / " + make()();
  function make() {
    return () => value;
  }
}
report("closureFromEarlyCall", closureFromEarlyCall);

// A `let` assigned by the declaring function between calls.
function assignedBetweenCalls() {
  let v = 1;
  const get = () => v;
  const a = get();
  v = 2;
  const b = get();
  v += 10;
  return [a, b, get(), v].join(",");
}
report("assignedBetweenCalls", assignedBetweenCalls);

// An argument that assigns the captured variable runs before the call reads it.
function assignedInArgument() {
  let v = 1;
  const show = (a) => a + ":" + v;
  return [show((v = 5)), show(v++), show(v)].join(" ");
}
report("assignedInArgument", assignedInArgument);

// A `let` assigned by the lifted function itself (stays shared).
function assignedByCallee() {
  let total = 0;
  let last = "none";
  const add = (x) => {
    total += x;
    last = "added " + x;
  };
  add(1);
  add(2);
  total *= 10;
  add(3);
  return total + " " + last;
}
report("assignedByCallee", assignedByCallee);

// A `let` assigned by another closure.
function assignedByOtherClosure() {
  let v = 1;
  const read = () => v;
  const set = (x) => {
    v = x;
  };
  const r = [read()];
  set(7);
  r.push(read());
  [8].forEach(set);
  r.push(read());
  return r.join(",");
}
report("assignedByOtherClosure", assignedByOtherClosure);

// `var`: undefined before its initializer, no TDZ; assigned in loops.
function vars() {
  const r = [peek()];
  var v = "first";
  r.push(peek());
  for (var i = 0; i < 3; i++) {
    var w = i * i;
    r.push(both());
  }
  for (var k in { a: 1, b: 2 }) r.push(key());
  return r.join(" ");
  function peek() {
    return String(v);
  }
  function both() {
    return v + w + i;
  }
  function key() {
    return k;
  }
}
report("vars", vars);

// Per-iteration bindings, with early calls inside the loop body.
function loops() {
  const r = [];
  for (let i = 0; i < 3; i++) {
    const f = () => i + ":" + j;
    try {
      r.push(f());
    } catch (e) {
      r.push("tdz " + i);
    }
    const j = i * 2;
    r.push(f());
  }
  let n = 0;
  while (n < 2) {
    const m = n + 1;
    const g = (x) => x * m + n;
    r.push(g(10));
    n++;
  }
  for (const s of ["a", "b"]) {
    const h = () => s + s;
    r.push(h());
  }
  return r.join(" ");
}
report("loops", loops);

// Called inside the initializer of the variable it reads.
function inOwnInitializer(read) {
  const size = measure(read) + 1;
  return size;
  function measure(r) {
    return r ? size : 3;
  }
}
report("inOwnInitializer", () => inOwnInitializer(false));
report("inOwnInitializerRead", () => inOwnInitializer(true));

// A class declared after the function that instantiates it.
function classes() {
  const r = [];
  try {
    r.push(make().name());
  } catch (e) {
    r.push(e.message);
  }
  class Point {
    name() {
      return "point";
    }
  }
  r.push(make().name());
  return r.join(" ");
  function make() {
    return new Point();
  }
}
report("classes", classes);

// Curried helpers called before and after what they capture.
function curried() {
  const add = (a) => (b) => a + b + offset;
  const r = [];
  try {
    r.push(add(1)(2));
  } catch (e) {
    r.push(e.message);
  }
  const offset = 100;
  r.push(add(1)(2), add(3)(4));
  return r.join(" ");
}
report("curried", curried);

// A variable declared in a switch, read by a helper in a later case.
function switches(k) {
  switch (k) {
    case 0:
      const a = "zero";
    case 1: {
      const show = () => a;
      return show();
    }
  }
}
report("switches0", () => switches(0));
report("switches1", () => switches(1));

// A catch parameter and parameters.
function params(p, q = p + 1) {
  const r = [];
  try {
    throw new Error("boom");
  } catch (err) {
    const show = () => err.message + " " + p + " " + q;
    r.push(show());
  }
  return r.join("");
}
report("params", () => params(1));

// Module-level bindings read by a hoisted function before and after.
report("topEarly", () => topLevel());
const topValue = "top";
report("topLate", () => topLevel());
function topLevel() {
  return topValue + "!";
}
