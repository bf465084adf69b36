// Rule: a closure that captures nothing has no `env` line and is created with
// an empty capture list (`closure @N ... []`).
function twice(f, v) {
  return f(f(v));
}
console.log(twice((v) => v * 3, 2));
