// typeof over every kind of value.
class K {}
const values = [
  ["undefined", undefined], ["null", null], ["true", true], ["0", 0], ["NaN", NaN],
  ["string", ""], ["object", {}], ["array", []], ["function", function () {}],
  ["arrow", () => {}], ["class", K], ["instance", new K()], ["Map", new Map()],
  ["Math", Math], ["JSON", JSON], ["Math.max", Math.max], ["Error", new Error("x")],
  ["Number obj", Object(1)], ["method", ({ m() {} }).m], ["Date.now", Date.now()],
];
for (const [label, v] of values) console.log(label.padEnd(10), typeof v);
console.log(typeof typeof 1, typeof undeclaredName, typeof console.log);
console.log(Array.isArray([]), Array.isArray({ length: 0 }), typeof Array);
let x;
console.log(typeof x === "undefined", typeof null === "object");
function kind(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}
console.log([null, [], {}, 1, "s", undefined, kind].map(kind));
