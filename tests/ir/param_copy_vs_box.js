// Rule: a captured parameter that is never reassigned is copied (`env [base]`);
// a captured parameter that is reassigned is boxed: the argument arrives in
// `%start.arg` and is moved into a fresh box at entry.
function adder(base) {
  return (v) => base + v;
}
function stepper(start) {
  return () => start++;
}
const add5 = adder(5);
const next = stepper(10);
next();
console.log(add5(1), next(), next());
