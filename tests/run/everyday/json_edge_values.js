// JSON.stringify of special values, nested undefined, arrays vs objects.
console.log(JSON.stringify({ a: undefined, b: () => 1, c: NaN, d: -Infinity, e: null, f: -0 }));
console.log(JSON.stringify([undefined, () => 1, NaN, null]));
console.log(JSON.stringify({ nested: [{ x: undefined }, [undefined]] }));
console.log(JSON.stringify("\u2028\u2029"), JSON.stringify("é😀"), JSON.stringify("\\"));
console.log(JSON.stringify(true), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(""));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify([new Map()]));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }));
console.log(JSON.stringify({ date: { toJSON(key) { return "key was " + key; } } }));
console.log(JSON.stringify([[[]], {}, [{}]], null, 2));
console.log(JSON.stringify({ a: [] , b: {} }, null, 4));
console.log(JSON.stringify([1, 2], null, " "), JSON.stringify({}, null, 2), JSON.stringify([], null, 2));
const parsed = JSON.parse('{"__proto__": 1, "a": [1, {"b": null}], "c": 1e2, "d": -0.5, "e": "\\ud83d\\ude00"}');
console.log(parsed, parsed.e.length, Object.keys(parsed));
console.log(JSON.parse("true"), JSON.parse('"s"'), JSON.parse("  -12.5e-1 "));
for (const bad of ["{'a':1}", "[1,]", "01", "NaN", "undefined", '{"a":1}}', "\"\t\""]) {
  try { JSON.parse(bad); console.log("accepted", bad); } catch (e) { console.log(e.name, JSON.stringify(bad)); }
}
