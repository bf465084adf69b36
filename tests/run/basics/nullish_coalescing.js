// ?? only falls through on null and undefined.
console.log(null ?? "d");
console.log(undefined ?? "d");
console.log(0 ?? "d");
console.log("" ?? "d");
console.log(false ?? "d");
console.log(NaN ?? "d");
console.log(undefined ?? null);
console.log(null ?? undefined ?? 7);
var calls = 0;
function f() { calls = calls + 1; return 9; }
var r1 = 1 ?? f();
var r2 = null ?? f();
console.log(r1, r2, calls);
var x;
x = x ?? 10;
console.log(x);
console.log((null || 0) ?? 5);
