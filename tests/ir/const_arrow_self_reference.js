// Rule: `const fact = n => ... fact(...)`: the arrow is created while the
// initializer of `fact` runs, before `fact` is initialized, so `fact` is
// boxed and the read inside the arrow is tdz_checked.
const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));
console.log(fact(5));
