// Rule: inside a named function expression its own name is the running
// closure (`callee`): no box, no environment slot in the function itself, and
// a nested closure that uses the name captures `callee`. Assigning the name
// is ignored in sloppy code.
const countdown = function tick(n) {
  tick = null;
  if (n === 0) return "";
  const again = () => tick(n - 1);
  return n + "," + again();
};
console.log(countdown(3));
