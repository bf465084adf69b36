// Calling a missing or non-function property reports the access path.
const user = { name: "ada", tags: ["x"], profile: { age: 3 } };
function attempt(label, fn) {
  try {
    fn();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name, "|", e.message);
  }
}
attempt("a", () => user.greet());
attempt("b", () => user.name());
attempt("c", () => user.profile.age());
attempt("d", () => user.tags.push(1));
attempt("e", () => user.tags.nope());
attempt("f", () => user["profile"].toString.call(null));
const key = "dyn";
attempt("g", () => user[key]());
attempt("i", () => [1, 2, 3].map(5));
attempt("j", () => [1, 2].forEach("x"));
attempt("k", () => [3, 1].sort(1));
attempt("l", () => user.profile.missing.deep());
