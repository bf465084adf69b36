// `typeof x === "name"` (and `!==`, `==`, `!=`, either side) tests the value
// directly; it must agree with the name typeof gives for every kind of value.
class K {}
function plain() {}
const values = [0, -0, 1.5, NaN, Infinity, "", "s", "long".repeat(50), true, false,
  undefined, null, {}, [], [1], new String("w"), new Number(1), plain, () => 1, K,
  Math.max, plain.bind(null), new K(), /* arguments */ (function () { return arguments; })(1),
  new Map(), new Error("e"), Object.create(null)];
const names = ["number", "string", "boolean", "undefined", "object", "function",
  "symbol", "bigint", "Number", ""];
for (const v of values) {
  const row = [];
  for (const n of names) {
    const a = typeof v === n;
    const b = n === typeof v;
    const c = typeof v !== n;
    const d = typeof v == n;
    const e = n != typeof v;
    if (a !== b || a === c || a !== d || a === e) row.push("MISMATCH " + n);
    if (a) row.push(n);
  }
  console.log(typeof v, row.join(","));
}

// In conditions, loops and values; each literal name against a computed one.
let counts = { number: 0, string: 0, boolean: 0, undefined: 0, object: 0, function: 0 };
for (const v of values) {
  if (typeof v === "number") counts.number++;
  else if (typeof v === "string") counts.string++;
  else if ("boolean" === typeof v) counts.boolean++;
  else if (typeof v == "undefined") counts.undefined++;
  else if (typeof v !== "function") counts.object++;
  else counts.function++;
}
console.log(JSON.stringify(counts));
const t = "obj" + "ect";
console.log(values.filter((v) => typeof v === t).length, typeof undeclaredName === "undefined",
  typeof undeclaredName !== "undefined", typeof (() => {})() === "undefined");
let evaluated = 0;
console.log(typeof (evaluated++, 5) === "number", evaluated);
