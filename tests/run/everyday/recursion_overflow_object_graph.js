// Stack overflow from recursive traversal of a cyclic structure, then a guarded version.
const a = { name: "a", children: [] };
const b = { name: "b", children: [a] };
a.children.push(b);
function countNodes(n) { return 1 + n.children.reduce((s, c) => s + countNodes(c), 0); }
try {
  countNodes(a);
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
function countSafe(n, seen = new Set()) {
  if (seen.has(n)) return 0;
  seen.add(n);
  return 1 + n.children.reduce((s, c) => s + countSafe(c, seen), 0);
}
console.log(countSafe(a));
class Tree {
  constructor(v, parent) { this.v = v; this.parent = parent; }
  get depth() { return this.parent ? this.parent.depth + 1 : 0; }
}
const root = new Tree(0, null);
root.parent = root;
try { console.log(root.depth); } catch (e) { console.log("getter overflow:", e.name); }
let leaf = new Tree(0, null);
for (let i = 1; i <= 3000; i++) leaf = new Tree(i, leaf);
console.log("finite depth", leaf.depth);
