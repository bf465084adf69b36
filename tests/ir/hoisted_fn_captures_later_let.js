// Rule (TDZ): a hoisted function declaration is created at scope entry,
// before `let limit` is initialized, so it may observe the binding
// uninitialized. `check` is lifted (only called): `limit` is passed by value
// at each call (`uninit` at the early one) and read with a tdz_check.
// `bound` escapes: its closure is made at scope entry, so `bound2` is boxed
// (`box_new(uninit)`), tdz_checked in `bound`. Reads in main after the
// declarations need no check.
let first;
try {
  first = check(1);
} catch (e) {
  first = e.name;
}
let limit = 2;
let bound2 = 3;
console.log(first, check(1), check(5), limit, [bound].length, bound());
function check(v) {
  return v < limit;
}
function bound() {
  return bound2;
}
