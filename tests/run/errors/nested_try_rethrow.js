// Rethrowing from catch reaches the outer handler.
function level3() { throw new TypeError("deep"); }
function level2() {
  try { level3(); } catch (e) { e.message = e.message + "+l2"; throw e; }
}
function level1() {
  try { level2(); } catch (e) { return e.name + " " + e.message; }
}
console.log(level1());
try {
  try { throw 1; } catch (e) { throw e + 1; }
} catch (e) {
  console.log("outer got", e);
}
try {
  try { throw "a"; } finally { console.log("inner finally"); }
} catch (e) {
  console.log("outer caught", e);
}
