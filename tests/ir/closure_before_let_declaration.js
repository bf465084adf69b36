// Rule: a closure textually before the `let` it captures can run before the
// initialization: boxed, `box_new(uninit)` at block entry, tdz_check in the
// closure. Calling it early throws ReferenceError like node.
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
console.log(f());
