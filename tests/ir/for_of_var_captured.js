// Rule: `for (var x of ...)` has one function-wide binding assigned on every
// iteration: captured, it is boxed once (at function entry) and every closure
// sees the last element.
function f() {
  const fs = [];
  for (var item of [1, 2, 3]) {
    fs.push(() => item);
  }
  return fs[0]() + fs[1]() + fs[2]();
}
console.log(f());
