// Closures as private state: counters, id generators, accumulators.
function makeCounter(start = 0, step = 1) {
  let value = start;
  return {
    next: () => (value += step),
    reset() { const old = value; value = start; return old; },
    peek: () => value,
  };
}
const a = makeCounter();
const b = makeCounter(100, -10);
console.log(a.next(), a.next(), b.next(), a.peek(), b.peek(), a.reset(), a.peek());
const idGen = (prefix) => { let n = 0; return () => `${prefix}-${String(++n).padStart(3, "0")}`; };
const userId = idGen("user"), orderId = idGen("order");
console.log(userId(), userId(), orderId(), userId());
function accumulator() {
  const items = [];
  function add(x) { items.push(x); return add; }
  add.total = () => items.reduce((s, x) => s + x, 0);
  add.items = items;
  return add;
}
const acc = accumulator();
acc(1)(2)(3);
console.log(acc.total(), acc.items);
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)));
function once(fn) { let called = false, r; return (...args) => (called ? r : ((called = true), (r = fn(...args)))); }
const init = once((x) => x * 2);
console.log(init(5), init(100));
let shared = 0;
const inc = () => ++shared, get = () => shared;
inc(); inc();
console.log(get(), shared);
function outer() { let x = "outer"; function mid() { let y = "mid"; return () => x + "/" + y + "/" + typeof z; } return mid(); }
console.log(outer()());
