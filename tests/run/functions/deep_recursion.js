// Recursion depth 5000 works.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
function sumTo(n) { if (n === 0) return 0; return n + sumTo(n - 1); }
console.log(sumTo(5000));
function build(n) { return n === 0 ? "" : (n % 10) + build(n - 1); }
var s = build(5000);
console.log(s.length, s[0], s[4999]);
function down(n, acc) { if (n === 0) return acc; return down(n - 1, acc + 2); }
console.log(down(5000, 0));
