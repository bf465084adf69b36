// ReferenceError for undeclared identifiers.
function tryIt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.message, e instanceof ReferenceError);
  }
}
tryIt("plain", () => notDeclaredAnywhere);
tryIt("call", () => missingFunction(1, 2));
tryIt("member", () => someObject.prop);
tryIt("typeof", () => typeof alsoMissing);
tryIt("in expr", () => 1 + undefinedThing * 2);
tryIt("tdz", () => { const f = () => later; const v = f(); let later = 1; return v; });
tryIt("ok", () => typeof console);
let count = 0;
for (let i = 0; i < 3; i++) {
  try { count += ghost; } catch (e) { count += 10; }
}
console.log("count", count);
