// "x is not a function" names the callee as V8's CallPrinter does: literal keys
// as .key, other keys in brackets with operators parenthesized, ?. kept.
const o = { a: {}, b: [] }, i = 0, arr = [1], x = true, s = "k";
const cases = [
  () => o["k"](), () => o["some key"](), () => o["1"](), () => o[1](), () => o[s](), () => o[i + 0](),
  () => o.a?.zz(), () => o?.zz(), () => (o.x || o.y)(), () => (o.x && o.y)(), () => (o.x ?? o.y)(),
  () => arr[i + 0](), () => arr[i * 2 + 1](), () => arr[-1](), () => arr[i++](), () => o[o.q](), () => o[`t`](),
  () => (void 0)(), () => (-1)(), () => `tpl`(), () => ({})(), () => (x ? 1 : 2)(), () => (typeof x)(),
  () => o.a.b.c(), () => o["a"]["b"](), () => o.b[0](), () => new o.q(), () => o.f(1)(2), () => (() => 1)()(),
  () => (function () {})()(), () => o[!x](), () => o[null](), () => o[true](), () => (o.a = 5)(), () => [1, 2](),
  () => o.a["x-y"](), () => this.q(), () => o[1.5](), () => o[-0](),
];
for (const c of cases) { try { c(); } catch (e) { console.log(e.message); } }
