// Reading properties of undefined/null.
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, "ok", r);
  } catch (e) {
    console.log(label, e.constructor.name, "-", e.message);
  }
}
const data = { list: [{ id: 1 }], empty: null };
attempt(1, () => data.missing.z);
attempt(2, () => data.empty.z);
attempt(3, () => data.list[5].id);
attempt(4, () => data.list[0].id);
attempt(5, () => undefined.foo);
attempt(6, () => null.foo);
attempt(7, () => data.missing[0]);
attempt(8, () => data.empty["a b"]);
const k = "computed";
attempt(9, () => data.missing[k]);
attempt(10, () => data?.missing?.z);
attempt(11, () => data.empty?.z.y.x);
function getLen(s) { return s.length; }
attempt(12, () => getLen(undefined));
attempt(13, () => getLen("abc"));
attempt(15, () => { const [x] = undefined; return x; });
