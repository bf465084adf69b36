// catch without a binding parameter.
var ok = false;
try { throw new Error("ignored"); } catch { ok = true; }
console.log(ok);
function parsePositive(n) {
  try { if (n < 0) throw "neg"; return n; } catch { return -1; }
}
console.log(parsePositive(5), parsePositive(-5));
