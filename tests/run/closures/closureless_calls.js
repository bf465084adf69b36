// Functions that are only ever called directly (no closure object needed).
function thisKind() {
  return typeof this;
}
const add = (a, b = 10) => a + b;
function thrower(msg) {
  throw new Error(msg);
}
const depth = (n) => (n === 0 ? 0 : 1 + depth(n - 1));
function early() {
  return late();
}
try {
  early();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const late = () => "late ok";
console.log(early(), thisKind(), add(1), add(1, 2), add(1, 2, 3));
try {
  thrower("boom");
} catch (e) {
  console.log("caught", e.message);
}
console.log(depth(5000));
let total = 0;
for (let i = 0; i < 100000; i++) {
  const pair = (x) => [x, x + 1];
  const p = pair(i);
  total += p[0] + p[1];
}
console.log(total);
const makeList = (n) => {
  const cell = (v, next) => ({ v, next });
  let list = null;
  for (let i = 0; i < n; i++) list = cell(i, list);
  return list;
};
let node = makeList(5);
const seen = [];
while (node) {
  seen.push(node.v);
  node = node.next;
}
console.log(seen.join(" "));
