// Rule (TDZ): a hoisted function declaration is created at scope entry,
// before `let limit` is initialized, so it may observe the binding
// uninitialized: `limit` is boxed (`box_new(uninit)`) and the read in
// `check` is tdz_checked. Reads in main after the declaration need no check.
let first;
try {
  first = check(1);
} catch (e) {
  first = e.name;
}
let limit = 2;
console.log(first, check(1), check(5), limit);
function check(v) {
  return v < limit;
}
