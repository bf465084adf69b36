// Rule: `const fact = n => ... fact(...)`: the arrow's code can only run
// after `fact` holds it, so the recursive call needs no TDZ check: it is a
// direct call through `callee`, and the arrow captures nothing.
const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));
console.log(fact(5));
