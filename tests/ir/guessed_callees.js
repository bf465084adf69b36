// Unknown calls whose callee is guessed from where closures flow: an array
// filled by push and by element stores, a local holding what a direct call
// returns, two closures in an array literal, a captured variable. Each runs
// the guessed body inline behind a code-pointer check; a call with three
// possible functions, or a sloppy body reading `this` at a plain call, stays
// an ordinary call.
function makeCounter(step) {
  let count = 0;
  return () => (count += step);
}
const pool = [];
pool.push(makeCounter(1));
pool[1] = makeCounter(2);
console.log(pool[0](), pool[1]());

const c = makeCounter(3);
console.log(c());

function makePair() {
  let state = 1;
  return [() => ++state, () => state];
}
const p = makePair();
console.log(p[0](), p[1]());

const three = [(x) => x, (x) => -x, (x) => x * 2];
console.log(three[2](4));

const sloppy = [function () { return typeof this; }];
const h = sloppy[0];
console.log(sloppy[0](), h());

let f = (x) => x + 1;
const g = f;
f = (x) => g(x) * 2;
console.log(f(1));

function apply(fn, x) {
  const y = fn(x);
  return y;
}
console.log(apply((x) => x + 10, 1));
