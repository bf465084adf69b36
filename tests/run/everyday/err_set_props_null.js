// Writing properties of null/undefined.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e.name + ":", e.message);
  }
}
let n = null;
let u;
attempt("null.x", () => { n.x = 1; });
attempt("undef.x", () => { u.x = 1; });
attempt("null[k]", () => { n["k"] = 1; });
attempt("nested", () => { const o = { a: null }; o.a.b = 2; });
attempt("nested undef", () => { const o = {}; o.a.b = 2; });
attempt("compound", () => { n.count += 1; });
attempt("increment", () => { u.count++; });
attempt("primitive ok", () => { const s = "str"; s.x = 1; });
attempt("index", () => { const arr = [null]; arr[0].v = 3; });
