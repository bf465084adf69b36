// Object literals follow the shape transitions their site made last time;
// duplicates, accessors, __proto__, computed keys and setters on
// Object.prototype (which literals never call) must behave as in node.
function point(x, y) { return { x: x, y: y }; }
function wide(i) { return { a: i, b: i + 1, c: i + 2, d: i + 3, e: i + 4, f: i + 5 }; }
function dup(i) { return { k: i, k2: 0, k: i * 10 }; }
function withProto(p, i) { return { __proto__: p, own: i }; }
function mixed(i, key) { return { first: i, [key]: i + 1, last: i + 2 }; }
function acc(i) { return { v: i, get twice() { return this.v * 2; }, after: -i }; }
const out = [];
let sum = 0;
for (let i = 0; i < 2000; i++) {
  const p = point(i, -i);
  const w = wide(i);
  sum += p.x + p.y + w.a + w.f;
}
out.push(sum);
out.push(JSON.stringify(dup(3)), Object.keys(dup(4)).join(","));
const proto = { hello() { return "hi " + this.own; } };
out.push(withProto(proto, 1).hello(), withProto(null, 2).hello === undefined, withProto(proto, 3).own);
out.push(JSON.stringify(mixed(1, "k1")), JSON.stringify(mixed(2, "k2")), JSON.stringify(mixed(3, "first")));
out.push(acc(5).twice, JSON.stringify(acc(6)));
Object.defineProperty(Object.prototype, "y", { set(v) { out.push("setter called " + v); }, configurable: true });
out.push(JSON.stringify(point(7, 8)));
delete Object.prototype.y;
Object.freeze(Object.prototype);
out.push(JSON.stringify(point(9, 10)), JSON.stringify(wide(1)));
const nums = { 1: "one", 0: "zero", length: 2, x: "x" };
out.push(JSON.stringify(nums), Object.keys(nums).join(","));
console.log(out.join("\n"));
