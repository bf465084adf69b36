// Rule: f(x)(y)(z): the middle function does not use `x` itself, but its
// inner closure does, so `x` is carried through the middle environment
// (`env [x]` in the middle, `[x: env.x, y: %y]` when creating the inner).
function f(x) {
  return function (y) {
    return function (z) {
      return x * 100 + y * 10 + z;
    };
  };
}
console.log(f(1)(2)(3));
