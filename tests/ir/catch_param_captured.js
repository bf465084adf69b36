// Rule: a captured catch parameter that is never assigned is copied
// (`env [err]`); one that is assigned in the catch block is boxed (the caught
// value arrives in `%e.caught` and is moved into a box).
function attempt(f) {
  try {
    f();
  } catch (err) {
    return () => "caught " + err;
  }
  return () => "ok";
}
function attemptAndFix(f) {
  try {
    f();
  } catch (e) {
    const show = () => e;
    e = "fixed " + e;
    return show;
  }
}
console.log(attempt(() => {
  throw "boom";
})());
console.log(attemptAndFix(() => {
  throw "bang";
})());
