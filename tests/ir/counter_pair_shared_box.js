// Rule: two closures over the same mutable variable get the same box:
// `inc` and `get` are both created with `count: %count`.
function counter() {
  let count = 0;
  return {
    inc: () => ++count,
    get: () => count,
  };
}
const a = counter();
const b = counter();
a.inc();
a.inc();
b.inc();
console.log(a.get(), b.get());
