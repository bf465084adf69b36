// A deep but finite recursion (5000 levels) must not overflow.
function sumTo(n) { return n === 0 ? 0 : n + sumTo(n - 1); }
console.log(sumTo(5000));
function depth(list, i) {
  if (i === list.length) return 0;
  return 1 + depth(list, i + 1);
}
const arr = new Array(5000).fill(1);
console.log(depth(arr, 0));
function buildNested(n) { return n === 0 ? null : { next: buildNested(n - 1), n }; }
const chain = buildNested(5000);
let len = 0;
for (let p = chain; p; p = p.next) len++;
console.log(len, chain.n, chain.next.n);
function countNested(p) { return p === null ? 0 : 1 + countNested(p.next); }
console.log(countNested(chain));
const fact = (n, acc = 1) => (n <= 1 ? acc : fact(n - 1, acc * 1.0001));
console.log(fact(5000).toFixed(6));
