// Each call to a factory creates an independent captured variable.
function makeCounter(step) {
  let value = 0;
  return () => { value += step; return value; };
}
const a = makeCounter(1);
const b = makeCounter(10);
console.log(a(), a(), a());
console.log(b(), b());
console.log(a(), b());
const c = makeCounter(-1);
console.log(c(), a(), c());
