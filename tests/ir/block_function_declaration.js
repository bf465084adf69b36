// Rule: a function declared in a block is hoisted to the block's entry (and in
// sloppy code also gets a function-scoped binding). Captured, such a binding is
// not a known function: boxed, called with an ordinary `call`.
function f(flag) {
  if (flag) {
    function helper() {
      return "block helper";
    }
    return () => helper();
  }
  return () => "none";
}
console.log(f(true)(), f(false)());
