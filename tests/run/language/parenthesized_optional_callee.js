// A parenthesized optional chain as a callee, `(o?.f)()`, still calls with
// `this` = o; a short-circuited chain leaves nothing to call.
const o = { n: 5, f() { return this === o ? this.n : "lost"; }, g: { h() { return this.k; }, k: 9 } };
console.log((o?.f)());
console.log((o.f)());
console.log(o?.f());
console.log((o?.["f"])());
console.log((o.g?.h)(), (o?.g.h)(), (o?.g?.["h"])());
const u = undefined;
console.log(u?.f());
for (const x of [o, null, o]) {
  try { console.log((x?.f)()); } catch (e) { console.log(e.constructor.name, e.message); }
}
let calls = 0;
const key = () => (calls++, "f");
console.log((o?.[key()])(), calls);
console.log((u?.[key()]), calls);
const arrow = { f: () => typeof this };
console.log((arrow?.f)());
