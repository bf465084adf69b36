// Closures over destructured bindings.
var fns = [];
for (const { id, label = "L" + id } of [{ id: 1 }, { id: 2, label: "two" }]) fns.push(() => `${id}:${label}`);
console.log(fns.map((f) => f()).join(" "));
function makeGetters({ a, b }) { return [() => a, () => b, (v) => { a = v; }]; }
var [ga, gb, sa] = makeGetters({ a: "A", b: "B" });
sa("changed");
console.log(ga(), gb());
let { x, y } = { x: 1, y: 2 };
var addXY = () => x + y;
x = 10;
console.log(addXY());
