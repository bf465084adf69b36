// `===` and `!==` between heap values: objects, arrays and functions are
// equal only to themselves; strings are equal by contents, whether they are
// literals (interned), built at run time, ropes or the results of typeof.
const o = { a: 1 };
const p = { a: 1 };
const arr = [1];
const f = () => 1;
const values = [o, p, arr, [1], f, () => 1, "ab", new String("ab"), null, undefined, 1];
const rows = [];
for (const x of values) {
  rows.push(values.map((y) => (x === y ? "1" : "0") + (x !== y ? "1" : "0")).join(" "));
}
console.log(rows.join("\n"));

// Strings made in different ways.
const part = "a";
const built = part + "b";
const lit = "ab";
const long1 = "x".repeat(200) + part;
const long2 = "x".repeat(100) + "x".repeat(100) + "a";
const long3 = "x".repeat(200) + "b";
const cmp = (x, y) => [x === y, x !== y, y === x].join("/");
console.log(cmp(built, lit), cmp(built, built + ""), cmp(long1, long2), cmp(long1, long3),
  cmp(long1, long1.slice(0)), cmp("", part.slice(1)), cmp(lit, "ab"), cmp(lit, "ba"));

// typeof results against literals, in a loop over every kind.
const kinds = [1, "s", true, undefined, null, {}, [], f, 1.5];
const counts = {};
for (const v of kinds) {
  for (const t of ["number", "string", "boolean", "undefined", "object", "function"]) {
    if (typeof v === t) counts[t] = (counts[t] || 0) + 1;
    if (typeof v !== t && t === "number") counts.notNumber = (counts.notNumber || 0) + 1;
  }
}
console.log(JSON.stringify(counts));

// Keys read back from objects and compared with strings built at run time.
const obj = { alpha: 1, beta: 2, ["gam" + "ma"]: 3 };
const found = [];
for (const k of Object.keys(obj)) {
  if (k === "gam" + "ma") found.push("gamma(built)");
  if (k === "alpha") found.push("alpha");
  if (k !== "beta") found.push("!beta:" + k);
}
console.log(found.join(" "));

// Collections searched by identity.
const items = [o, p, arr, f, "ab", built];
console.log(items.indexOf(p), items.indexOf(built), items.indexOf("ab"), items.lastIndexOf("ab"),
  items.filter((x) => x !== o).length, items.findIndex((x) => x === f));
