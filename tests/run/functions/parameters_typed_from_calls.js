// A function that is only called directly (lifted) gets its parameter
// types from every call (`ir::params`): `%n: int32` when all calls pass
// int32s, `%x: number` when all pass numbers. The bodies below have
// statements, so the calls are real calls, not inlined.

// Int32 arguments everywhere; the body leaves the int32 range.
function widen(n, k) {
  if (k > 0) return n * k + 2147483647;
  return n - 2147483648;
}
console.log(widen(3, 1), widen(-5, 0), widen(2147483647, 2147483647), widen(-2147483648, 0));

// Numbers, including -0, NaN and infinities.
function scale(x, f) {
  let r = x * f;
  if (r !== r) return "NaN!";
  return r;
}
console.log(scale(0.5, -0), Object.is(scale(-0, 1), -0), scale(NaN, 1), scale(Infinity, -1), scale(1e308, 10));

// Recursion: `n - 1` is a number, so `n` is a number parameter.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
function sumTo(n, acc) {
  if (n === 0) return acc;
  return sumTo(n - 1, acc + n);
}
console.log(fib(20), fib(1.5), sumTo(1000, 0), sumTo(10, 0.25));

// One call passes something else: no type.
function show(v) {
  if (typeof v === "number") return v + 1;
  return "<" + v + ">";
}
console.log(show(1), show(2.5), show("s"), show(undefined), show({}));

// A missing argument is undefined.
function pad(a, b) {
  if (b === undefined) return a + "?";
  return a + b;
}
console.log(pad(1, 2), pad(3));

// A parameter reassigned in the body.
function relabel(n) {
  if (n > 1) n = "big " + n;
  return n;
}
console.log(relabel(1), relabel(5));

// Captured values passed to a lifted inner function.
function outer(limit) {
  const step = limit / 4;
  let total = 0;
  function add(i) {
    if (i < limit) total += i * step;
    return total;
  }
  for (let i = 0; i < 10; i++) add(i);
  return total;
}
console.log(outer(6), outer(7));

// A function with an `arguments` object: its parameters are never typed.
function viaArguments(a) {
  return a + arguments.length;
}
console.log(viaArguments(1), viaArguments(2, 3));

// Spread arguments.
function three(a, b, c) {
  if (a) return [a, b, c];
  return [];
}
const nums = [1, 2];
console.log(three(...nums), three(4, 5, 6));
