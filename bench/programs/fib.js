// fib: plain recursive calls on small integers (call overhead, int arithmetic).
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

let total = 0;
for (let i = 0; i < 16; i++) {
  total += fib(32);
}
console.log("fib(32) = " + fib(32));
console.log("checksum " + total);
