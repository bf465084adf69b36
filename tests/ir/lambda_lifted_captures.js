// Rule: a closure that captures variables but never escapes (its binding is
// only called, and only by its defining function or by itself) is lifted: no
// closure is made; each call passes the captured variables after the
// arguments (`[name: value]`), a box for a mutable one. A closure that is
// used as a value, or called from another closure, keeps its environment.
function sumTo(n, scale) {
  let total = 0;
  const add = (i) => {
    total += i * scale;
  };
  for (let i = 1; i <= n; i++) add(i);
  return total;
}
function escapes(k) {
  const get = () => k;
  return get;
}
function nestedCaller(k) {
  const base = (x) => x + k;
  const twice = (x) => base(base(x));
  return twice(1);
}
function power(b) {
  function pow(e) {
    return e === 0 ? 1 : b * pow(e - 1);
  }
  return pow(3);
}
console.log(sumTo(4, 10), escapes(3)(), nestedCaller(5), power(2));
