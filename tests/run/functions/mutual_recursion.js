// Mutually recursive top-level functions.
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(10), isEven(7), isOdd(7));
console.log(isEven(1001));
function ping(n, log) { return n === 0 ? log + "." : pong(n - 1, log + "i"); }
function pong(n, log) { return n === 0 ? log + "!" : ping(n - 1, log + "o"); }
console.log(ping(5, ""), ping(4, ""));
