// Closures that never escape get their captured variables as arguments;
// the results must be exactly those of real closures.
function counterLoop(n) {
  let count = 0;
  const bump = (by = 1) => {
    count += by;
    return count;
  };
  for (let i = 0; i < n; i++) bump();
  bump(10, "ignored", "extra");
  return count;
}
console.log(counterLoop(5));

// A captured let declared after the helper: TDZ inside the helper.
function tdz() {
  const read = () => later;
  let out;
  try {
    out = read();
  } catch (e) {
    out = e.name;
  }
  let later = "init";
  return out + " " + read();
}
console.log(tdz());

// Recursion with captures, and a hoisted declaration.
function paths(limit) {
  const seen = [];
  walk(0, "");
  function walk(depth, path) {
    if (depth === limit) {
      seen.push(path);
      return;
    }
    walk(depth + 1, path + "L");
    walk(depth + 1, path + "R");
  }
  return seen.join(",");
}
console.log(paths(2));

// Per-iteration bindings: each iteration's helper sees its own values.
function perIteration() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    const j = i * 2;
    const show = (suffix) => i + ":" + j + suffix;
    out.push(show("!"));
  }
  let k = 0;
  while (k < 3) {
    let m = k;
    const f = () => m * 100;
    out.push(f());
    k++;
  }
  return out.join(" ");
}
console.log(perIteration());

// A captured variable assigned after the helper's creation and between calls.
function laterWrites() {
  let v = 1;
  const get = () => v;
  const a = get();
  v = 2;
  const b = get();
  v = 3;
  return [a, b, get()].join("");
}
console.log(laterWrites());

// Helpers calling each other: only the direct ones are lifted.
function helpers(x) {
  const sq = (y) => y * y + x;
  const both = (y) => sq(y) + sq(y + 1);
  return both(2) + sq(3);
}
console.log(helpers(1));

// Captured parameters, `this` in the outer function, and an exception.
const obj = {
  base: 7,
  compute(a, b) {
    const self = this;
    const pick = (i) => (i === 0 ? a : i === 1 ? b : self.base);
    const fail = (m) => {
      throw new Error(m + a);
    };
    try {
      fail("bad ");
    } catch (e) {
      return pick(0) + pick(1) + pick(2) + " " + e.message;
    }
  },
};
console.log(obj.compute(1, 2));

// Many calls (and garbage) while the captured box lives.
function heavy() {
  const items = [];
  let sum = 0;
  const push = (i) => {
    items.push({ i, s: "x" + i });
    sum += i;
  };
  for (let i = 0; i < 20000; i++) push(i);
  return items.length + " " + sum + " " + items[19999].s;
}
console.log(heavy());

// A lifted helper that makes a closure over its captured variables.
function maker(x) {
  let y = 1;
  const mk = (z) => () => x + y + z;
  const f = mk(10);
  y = 100;
  return f() + " " + mk(20)();
}
console.log(maker(5));

// Helpers in a class method and constructor.
class Acc {
  constructor(start) {
    const clamp = (v) => (v < 0 ? 0 : v);
    this.total = clamp(start);
  }
  add(values) {
    let added = 0;
    const one = (v) => {
      added += v;
    };
    for (const v of values) one(v);
    this.total += added;
    return this.total;
  }
}
console.log(new Acc(-5).add([1, 2, 3]), new Acc(4).add([]));

// A helper declared in a for-head keeps its closure (per-iteration copies).
const seenIters = [];
for (let i = 0, show = () => i; i < 3; i++) seenIters.push(show());
console.log(seenIters.join(""));

// A named function expression with captures, called by its own name from a
// closure nested in it: keeps its closure.
function ownName(x) {
  const g = function h(n) {
    const again = () => h(n - 1);
    return n <= 0 ? x : again();
  };
  const k = function loop(n) {
    return n <= 0 ? x + 1 : loop(n - 1);
  };
  return g(3) + " " + k(3);
}
console.log(ownName(42));
