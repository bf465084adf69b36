// Spreading / destructuring / for-of over non-iterables.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, "|", e.message);
  }
}
const obj = { a: 1 };
const num = 42;
let undef;
attempt("for-of obj", () => { for (const x of obj) {} });
attempt("spread num", () => [...num]);
attempt("spread undef", () => [...undef]);
attempt("destruct obj", () => { const [a] = obj; return a; });
attempt("destruct null", () => { const [a] = null; return a; });
attempt("call spread", () => Math.max(...obj));
attempt("for-of num", () => { for (const x of num) {} });
attempt("string ok", () => [..."hey"]);
attempt("map ok", () => [...new Map([[1, 2]])]);
attempt("new Set num", () => new Set(5));
attempt("new Map bad entries", () => new Map([1, 2]));
attempt("Array.from obj", () => Array.from({ length: 2, 0: "a" }));
