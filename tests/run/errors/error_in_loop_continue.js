// Catching errors inside a loop lets the loop continue.
function risky(i) { if (i % 3 === 0) throw new Error("bad " + i); return i * 2; }
var ok = "", bad = "";
for (var i = 0; i < 8; i++) {
  try { ok += risky(i) + " "; } catch (e) { bad += e.message + "; "; }
}
console.log(ok);
console.log(bad);
