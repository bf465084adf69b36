// Deep clone via JSON and a handwritten deep-equal.
const original = { id: 1, tags: ["a", "b"], meta: { created: 5, owner: { name: "x" } }, list: [{ v: 1 }, { v: 2 }] };
const clone = JSON.parse(JSON.stringify(original));
clone.meta.owner.name = "changed";
clone.list.push({ v: 3 });
console.log(original.meta.owner.name, original.list.length, clone.list.length);
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
}
console.log(deepEqual(original, JSON.parse(JSON.stringify(original))), deepEqual(original, clone));
console.log(deepEqual([1, [2, { a: 3 }]], [1, [2, { a: 3 }]]), deepEqual({ a: 1 }, { a: "1" }), deepEqual([], {}));
function diff(a, b, path = "") {
  const out = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const p = path ? `${path}.${k}` : k;
    if (!(k in a)) out.push(`+ ${p}`);
    else if (!(k in b)) out.push(`- ${p}`);
    else if (typeof a[k] === "object" && typeof b[k] === "object" && a[k] && b[k]) out.push(...diff(a[k], b[k], p));
    else if (a[k] !== b[k]) out.push(`~ ${p}: ${JSON.stringify(a[k])} -> ${JSON.stringify(b[k])}`);
  }
  return out;
}
console.log(diff(original, clone));
const withUndef = JSON.parse(JSON.stringify({ a: undefined, b: [undefined], c: NaN }));
console.log(withUndef);
