// Rule: hoisted function declarations are all created at scope entry; when one
// captures a declaration created after it (or itself), its environment slot
// is filled with `env_patch` right after the batch. Calls to these
// never-reassigned declarations are `call_direct`. (Both are used as values
// here; a declaration that is only called would be lifted instead.)
function parity(n) {
  function isEven(k) {
    return k === 0 ? true : isOdd(k - 1);
  }
  function isOdd(k) {
    return k === 0 ? false : isEven(k - 1);
  }
  const checks = [isEven, isOdd];
  return isEven(n) ? "even" : checks.length;
}
console.log(parity(10), parity(7));
