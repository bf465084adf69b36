// Rule: a boxed variable is carried through an intermediate function that
// does not use it: the box itself is passed along (here `middle` is lifted,
// so it receives the box as a capture parameter and passes `total: %total`),
// so the innermost closure's writes are seen by the outer function.
function outer() {
  let total = 0;
  const middle = () => (amount) => {
    total += amount;
  };
  const add = middle();
  add(5);
  add(7);
  return total;
}
console.log(outer());
