// Rule: TDZ checks appear exactly where an access could precede the
// initialization: the read of `x` textually before `let x` (in the same
// function) is tdz_checked; reads after it are not, and the uncaptured `x`
// stays a local holding `uninit` until initialized.
function f() {
  let r;
  try {
    r = x;
  } catch (e) {
    r = e.name;
  }
  let x = 1;
  return r + " " + x;
}
console.log(f());
