// `new` on things that are not constructors.
function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, "ok", typeof v);
  } catch (e) {
    console.log(label, e.name, "|", e.message);
  }
}
const arrow = () => 1;
const obj = { method() { return 1; }, value: 42 };
let notFn = 5;
attempt("arrow", () => new arrow());
attempt("method", () => new obj.method());
attempt("number", () => new notFn());
attempt("prop", () => new obj.value());
attempt("undef", () => new obj.nothing());
attempt("string", () => { const s = "Foo"; return new s(); });
attempt("Math", () => new Math.max());
attempt("function", () => { function F() { this.a = 1; } return new F(); });
attempt("class", () => { class C {} return new C(); });
attempt("Symbol-ish", () => new Math());
