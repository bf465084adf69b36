// Rule: no specialization when the maker does more than return a closure of
// its parameters (a default value; an outer variable read from its own
// environment), when the returned function needs its own closure
// (`arguments`, its own name), or when arguments are spread.
let n = 1;
const withDefault = (a = 1) => (b) => a + b;
const readsArgs = (a) => function (b) { return arguments.length + a; };
const selfNamed = (a) => function loop(b) { return b > 0 ? loop(b - 1) : a; };
const outer = (a) => (b) => a + b + n;
const pair = (a) => (b) => [a, b];
n = 2;
const args = [1];
console.log(withDefault()(2), readsArgs(1)(2), selfNamed(3)(4), outer(1)(2));
console.log(pair(1)(...args), pair(...args)(2));
const escape = outer;
