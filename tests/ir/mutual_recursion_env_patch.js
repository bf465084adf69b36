// Rule: hoisted function declarations are all created at scope entry; when one
// captures a declaration created after it (or itself), its environment slot
// is filled with `env_patch` right after the batch. Calls to these
// never-reassigned declarations are `call_direct`.
function parity(n) {
  function isEven(k) {
    return k === 0 ? true : isOdd(k - 1);
  }
  function isOdd(k) {
    return k === 0 ? false : isEven(k - 1);
  }
  return isEven(n) ? "even" : "odd";
}
console.log(parity(10), parity(7));
