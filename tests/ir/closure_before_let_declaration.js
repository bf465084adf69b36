// Rule: a closure textually before the `let` it captures can run before the
// initialization. If it is a closure object (`keep` escapes), the binding is
// boxed, `box_new(uninit)` at block entry, tdz_check in the closure. If it is
// lifted (`peek` is only called), each call passes the current value, which
// is `uninit` before the initialization: no box, tdz_check in the callee.
// Calling either early throws ReferenceError like node.
function f() {
  const peek = () => value;
  let first;
  try {
    first = peek();
  } catch (e) {
    first = e.constructor.name;
  }
  let value = 42;
  return first + " " + peek();
}
function g() {
  const keep = () => value;
  const kept = [keep];
  let value = 43;
  return kept[0]();
}
console.log(f(), g());
