// for-of over Map and Set, their iterators, and mutation during iteration.
var m = new Map();
m.set("b", 2); m.set("a", 1); m.set("c", 3);
var out = [];
for (const e of m) out.push(e[0] + e[1]);
console.log(out.join(","));
out = [];
for (const k of m.keys()) out.push(k);
for (const v of m.values()) out.push(v);
console.log(out.join(","));
out = [];
for (const [k, v] of m.entries()) out.push(`${k}:${v}`);
console.log(out.join(","));
var s = new Set(["x", "y"]);
out = [];
for (const v of s) { out.push(v); if (v === "x") s.add("z"); }
console.log(out.join(","), s.size);
out = [];
for (const v of s.values()) out.push(v);
for (const e of s.entries()) out.push(e.join("="));
console.log(out.join(","));
var m2 = new Map([[1, 1], [2, 2], [3, 3]]);
out = [];
for (const [k] of m2) { out.push(k); if (k === 1) m2.delete(2); }
console.log(out.join(","));
var m3 = new Map([[1, "one"]]);
out = [];
for (const [k, v] of m3) { out.push(v); if (k < 3) m3.set(k + 1, "n" + (k + 1)); }
console.log(out.join(","));
var it = ["p", "q", "r"].keys();
out = [];
for (const i of it) out.push(i);
console.log(out.join(","));
out = [];
for (const [i, v] of ["p", "q"].entries()) out.push(i + v);
console.log(out.join(","));
var vals = [7, 8].values();
var first = [];
for (const v of vals) { first.push(v); break; }
for (const v of vals) first.push("again" + v);
console.log(first.join(","));
