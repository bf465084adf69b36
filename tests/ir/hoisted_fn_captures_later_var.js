// Rule: a hoisted function that captures a `var` whose initializer runs later
// may observe it before initialization (as undefined). A lifted `read` gets
// the value at each call: no box. A hoisted closure that escapes (`keep`)
// would hold a stale copy: its `var` is boxed even though it is never
// assigned again. A `var` has no TDZ: no tdz_check.
function outer() {
  const before = read();
  var config = "ready";
  return before + " " + read();
  function read() {
    return String(config);
  }
}
function escapes() {
  const k = keep;
  var setting = "set";
  return k();
  function keep() {
    return setting;
  }
}
console.log(outer(), escapes());
