// An exception thrown in finally replaces the original one.
function f() {
  try {
    throw new Error("original");
  } finally {
    throw new Error("from finally");
  }
}
try { f(); } catch (e) { console.log(e.message); }
function g() {
  try {
    return "value";
  } finally {
    console.log("cleanup");
  }
}
console.log(g());
function h(log) {
  try {
    try {
      throw new TypeError("t1");
    } catch (e) {
      log.push("caught " + e.message);
      throw new RangeError("r2");
    } finally {
      log.push("inner finally");
    }
  } catch (e) {
    log.push("outer caught " + e.name);
  } finally {
    log.push("outer finally");
  }
  return log;
}
console.log(h([]));
const counts = { tries: 0, finals: 0 };
for (let i = 0; i < 3; i++) {
  try { counts.tries++; if (i === 1) throw i; } catch (x) { counts.caught = x; } finally { counts.finals++; }
}
console.log(counts);
