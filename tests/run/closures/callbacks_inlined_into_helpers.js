// A small helper called directly runs inline, and the callback it calls runs
// inline inside it when the callback is the closure passed at that call;
// another callback at another call (or a changed one) takes the checked path.
function apply(fn, x) {
  return fn(x);
}
function twice(fn, x) {
  return fn(fn(x));
}
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(apply(inc, 1), apply(dbl, 1), apply((s) => s + "!", "hi"));
console.log(twice(inc, 1), twice(dbl, 3), twice((a) => [a], 0));
let cb = inc;
console.log(apply(cb, 10));
cb = (x) => "swapped " + x;
console.log(apply(cb, 10));
try {
  apply(null, 1);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log(apply(Math.sqrt, 16), apply(String, 5), apply(inc.bind(null), 4));

// Curried helpers: the inner function calls what the outer one captured.
function curry2(f) {
  return (a) => (b) => f(a, b);
}
const sub = curry2((a, b) => a - b);
const xor = curry2((a, b) => a ^ b);
let acc = 1;
for (let i = 0; i < 50; i++) {
  const s = sub(i * 3)(i & 7);
  acc = (xor(acc)(s) * 31 + i) | 0;
}
console.log(acc);

// A helper that calls itself through its callback: recursion still calls.
function countdown(n, next) {
  return n <= 0 ? "done" : next(n - 1, next);
}
console.log(countdown(5, countdown), apply((n) => countdown(n, countdown), 3));

// Callbacks that throw, and what ran before the throw.
let log = [];
function each(fn, a, b) {
  log.push(fn(a));
  log.push(fn(b));
  return log.length;
}
try {
  each((v) => {
    if (v > 1) throw new Error("too big: " + v);
    return v;
  }, 1, 2);
} catch (e) {
  console.log(e.message, log);
}
