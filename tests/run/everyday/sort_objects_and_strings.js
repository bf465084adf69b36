// Sorting objects by multiple keys, strings case-insensitively, and in-place behaviour.
const files = [
  { name: "readme.md", size: 120, dir: false }, { name: "src", size: 0, dir: true },
  { name: "Cargo.toml", size: 300, dir: false }, { name: "tests", size: 0, dir: true },
  { name: "build.rs", size: 120, dir: false }, { name: "README.old", size: 50, dir: false },
];
const listing = [...files].sort((a, b) => (b.dir - a.dir) || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
console.log(listing.map((f) => (f.dir ? f.name + "/" : f.name)));
const bySize = [...files].sort((a, b) => b.size - a.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(bySize.map((f) => `${f.size}:${f.name}`).join(" "));
console.log(["b10", "b9", "a1", "B2"].sort(), ["b10", "b9", "a1", "B2"].sort((x, y) => x.toLowerCase() < y.toLowerCase() ? -1 : 1));
const natural = (x, y) => {
  const nx = parseInt(x.slice(1)), ny = parseInt(y.slice(1));
  return x[0].localeCompare(y[0]) || nx - ny;
};
console.log(["b10", "b9", "a1", "a10", "a2"].sort(natural));
const nums = [3, -1, 0, -0, 10, 2.5, -Infinity, Infinity];
console.log(nums.sort((a, b) => a - b));
const original = [3, 1, 2];
const sorted = original.slice().sort();
console.log(original, sorted, original.reverse(), original);
console.log([[2, "b"], [1, "z"], [2, "a"], [1, "a"]].sort((p, q) => p[0] - q[0] || p[1].localeCompare(q[1])));
const ranks = ["low", "high", "mid", "high", "low"];
const order = { low: 0, mid: 1, high: 2 };
console.log(ranks.sort((a, b) => order[b] - order[a]));
