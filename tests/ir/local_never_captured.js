// Rule: a variable that no closure captures stays a plain local `%x`
// (no box, no environment), whether it is var, let, const, a parameter or
// reassigned many times.
function sum(n) {
  var total = 0;
  let i = 0;
  const step = n > 0 ? 1 : 2;
  while (i < n) {
    total += i;
    i += step;
  }
  n = -1;
  return total;
}
console.log(sum(5));
