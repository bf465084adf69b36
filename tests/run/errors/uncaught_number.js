// An uncaught thrown number is printed as the value.
function f(n) { if (n > 2) throw n * 5; return f(n + 1); }
console.log("start");
f(0);
console.log("unreachable");
