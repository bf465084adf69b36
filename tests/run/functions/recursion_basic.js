// Simple recursion: factorial, fibonacci, power, sum of digits.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function pow(b, e) { if (e === 0) return 1; var h = pow(b, (e - e % 2) / 2); return e % 2 ? h * h * b : h * h; }
function digitSum(n) { return n < 10 ? n : n % 10 + digitSum((n - n % 10) / 10); }
console.log(fact(5), fact(10), fact(20), fact(25));
console.log(fib(10), fib(20), fib(25));
console.log(pow(2, 10), pow(3, 13), pow(2, 0));
console.log(digitSum(987654321));
