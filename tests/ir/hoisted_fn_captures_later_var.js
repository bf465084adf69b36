// Rule: a hoisted function that captures a `var` whose initializer runs later
// may observe it before initialization (as undefined): the var is boxed even
// though it is never assigned again. A `var` has no TDZ: no tdz_check.
function outer() {
  const before = read();
  var config = "ready";
  return before + " " + read();
  function read() {
    return String(config);
  }
}
console.log(outer());
