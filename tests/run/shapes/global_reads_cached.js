// Global reads go through a per-site cache; it must see every change to
// the global object: new values, deleted and re-created globals, accessors.
function sq(x) { return Math.sqrt(x); }
function readG() { return typeof counter === "undefined" ? "none" : counter; }
const out = [];
for (let i = 0; i < 3; i++) out.push(sq(i * i), readG());
globalThis.counter = 1;
out.push(readG());
counter = 2;
out.push(readG());
delete globalThis.counter;
out.push(readG());
Object.defineProperty(globalThis, "counter", { get() { return "getter"; }, configurable: true });
out.push(readG());
delete globalThis.counter;
globalThis.counter = "data again";
out.push(readG());
const realMath = Math;
globalThis.Math = { sqrt: (x) => "fake " + x };
out.push(sq(9));
globalThis.Math = realMath;
out.push(sq(16));
function missing() { return notDefinedAnywhere; }
try { missing(); } catch (e) { out.push(e.name + ": " + e.message); }
globalThis.notDefinedAnywhere = "now defined";
out.push(missing());
console.log(out.join(" | "));
