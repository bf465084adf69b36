// Message formats for property reads through chains and computed keys.
const cases = {
  numberKey: () => { const a = undefined; return a[0]; },
  symbolish: () => { const a = null; return a["with space"]; },
  afterCall: () => { const f = () => undefined; return f().x; },
  deepChain: () => { const o = { a: { b: undefined } }; return o.a.b.c; },
  lengthOfNull: () => null.length,
  nullCall: () => { const o = { f: null }; return o.f(); },
  numberMethod: () => (5).toUpperCase(),
  stringMethod: () => "x".map((c) => c),
  ok: () => ({ a: 1 }).a,
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    console.log(name.padEnd(18), "=>", fn());
  } catch (e) {
    console.log(name.padEnd(18), "!!", e.name, "-", e.message);
  }
}
