// Adding/removing entries while iterating Map and Set.
const s = new Set([1, 2, 3]);
const visited = [];
for (const x of s) {
  visited.push(x);
  if (x === 1) s.delete(2);
  if (x < 4) s.add(x + 3);
}
console.log(visited, [...s]);
const m = new Map([["a", 1], ["b", 2], ["c", 3]]);
const keys = [];
for (const [k, v] of m) {
  keys.push(k + "=" + v);
  if (k === "a") { m.delete("a"); m.set("a", 100); }
  if (keys.length > 10) break;
}
console.log(keys, m);
const counts = new Map();
for (const w of "the cat and the hat and the bat".split(" ")) {
  counts.set(w, (counts.get(w) || 0) + 1);
}
console.log(counts);
const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(sorted);
const uniq = [...new Set([3, 1, 3, 2, 1])];
console.log(uniq);
const inter = [...new Set([1, 2, 3, 4])].filter((x) => new Set([3, 4, 5]).has(x));
console.log(inter);
m.clear();
console.log(m.size, m);
