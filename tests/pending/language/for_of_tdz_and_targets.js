// for-of: TDZ in the head, existing variables and member expressions as targets.
var x = [1, 2];
try {
  (function () {
    for (let x of x) console.log(x);
  })();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
var o = { p: null }, arr = [];
for (o.p of ["a", "b"]) arr.push(o.p);
console.log(o.p, arr.join(","));
var box = [];
var idx = 0;
for (box[idx++] of ["x", "y", "z"]) ;
console.log(box.join(","), idx);
var existing;
for (existing of new Set([3, 4])) ;
console.log(existing);
function returnsFromLoop() {
  for (const v of [1, 2, 3]) {
    try { if (v === 2) return "ret" + v; } finally { arr.push("fin" + v); }
  }
}
console.log(returnsFromLoop(), arr.join(","));
