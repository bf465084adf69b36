// One property-access site sees receivers of every kind, in every order:
// the inline cache's shape check alone must tell them apart (strings, empty
// strings and ropes have no shape; arrays and functions have their own).
String.prototype.tag = "string-proto";
Number.prototype.tag = "number-proto";
Boolean.prototype.tag = "boolean-proto";
Array.prototype.tag = "array-proto";
Function.prototype.tag = "function-proto";
Object.prototype.tag = "object-proto";

function tagOf(x) { return x.tag; }
function sizeOf(x) { return x.size; }
function setSize(x, v) { x.size = v; return x.size; }

let rope = "";
for (let i = 0; i < 20; i++) rope = rope + String.fromCharCode(97 + i);
const receivers = [
  { tag: "own", size: 1 }, "", "abc", rope, 0, -0, NaN, 3.5, true, false,
  [1, 2], function f() {}, () => 1, { size: 2 }, Object.create(null), new Map(),
  class K {}, { tag: "own2" }, [], "", rope + "!", 42,
];
for (let round = 0; round < 3; round++) {
  const seen = [];
  for (const r of receivers) seen.push(String(tagOf(r)) + "/" + String(sizeOf(r)));
  console.log(seen.join(" "));
  receivers.reverse();
}
const sizes = [];
for (const r of receivers) {
  if (r === null || r === undefined) continue;
  try {
    sizes.push(String(setSize(r, 7)));
  } catch (e) {
    sizes.push(e.constructor.name);
  }
}
console.log(sizes.join(" "));
// A site that caches an own slot, then sees a string whose text changes.
const words = ["", "a", "bb", "ccc"];
const box = { size: 10 };
let total = 0;
for (let i = 0; i < 40; i++) {
  const r = i % 5 === 0 ? box : words[i % 4];
  const s = r.size;
  total += s === undefined ? 1 : s;
}
console.log(total);
