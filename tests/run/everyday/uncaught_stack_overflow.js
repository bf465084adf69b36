// Uncaught runaway recursion exits with status 1 and a RangeError.
function forever(n) { return forever(n + 1) + 1; }
console.log("going deep");
forever(0);
