// Replacing the global `Math` (sloppy assignment, globalThis, deletion):
// calls see the new binding from then on.

function floors(x) {
  return Math.floor(x) + "|" + Math.ceil(x) + "|" + Math.abs(x);
}
console.log(floors(2.5));
const saved = Math;
Math = { floor: () => "mine", ceil: Math.ceil, abs: Math.abs };
console.log(floors(2.5));
globalThis.Math = { floor: () => "theirs", ceil: () => "c", abs: () => "a" };
console.log(floors(-1.5));
delete globalThis.Math;
try {
  floors(1);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
globalThis.Math = saved;
console.log(floors(-7.25));
