// "is not iterable": for-of names the iterable by its source text (a call
// as "f is not a function or its return value is not iterable"); array
// destructuring describes the value with its type.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, "|", e.message);
  }
}
const o = { p: 1, f() { return 5; }, g() { return [1]; } };
const obj = { a: 1 };
const num = 42;
let undef;
attempt("for-of obj", () => { for (const x of obj) {} });
attempt("for-of num", () => { for (const x of num) {} });
attempt("for-of undef", () => { for (const x of undef) {} });
attempt("for-of member", () => { for (const x of o.p) {} });
attempt("for-of call", () => { for (const x of o.f()) {} });
attempt("for-of literal", () => { for (const x of 5) {} });
attempt("for-of null", () => { for (const x of null) {} });
attempt("for-of computed", () => { for (const x of o["p"]) {} });
attempt("for-of ok", () => { let n = 0; for (const x of o.g()) n += x; return n; });
attempt("destruct member", () => { const [a] = o.p; });
attempt("destruct nested", () => { const [[a]] = [1]; });
attempt("destruct assign", () => { let a; [a] = num; });
attempt("destruct param", () => { function g([a]) {} g(7); });
attempt("destruct null", () => { const [a] = null; return a; });
attempt("destruct string ok", () => { const [a, b] = "hi"; return a + b; });
// Spreads: in an array literal named by source text; in an argument list
// null and undefined name the argument, anything else gets V8's
// "Spread syntax requires ..." message.
attempt("array spread obj", () => [...obj]);
attempt("array spread literal", () => [...{}]);
attempt("array spread after items", () => [1, ...o]);
attempt("array spread call", () => [...o.f()]);
attempt("array spread num", () => [...num]);
attempt("call spread undef", () => Math.max(...undef));
attempt("call spread null", () => Math.max(...null));
attempt("call spread num", () => Math.max(...num));
attempt("call spread obj", () => Math.max(...obj));
attempt("call spread ok", () => Math.max(...o.g(), ..."12", ...new Set([7])));
attempt("new spread undef", () => new Set(...undef));
