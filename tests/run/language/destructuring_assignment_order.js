// Destructuring assignment: targets evaluated left to right, interleaved with source reads.
var log = [];
var src = {
  get a() { log.push("get a"); return 1; },
  get b() { log.push("get b"); return 2; }
};
var tgt = {
  set x(v) { log.push("set x=" + v); },
  set y(v) { log.push("set y=" + v); }
};
function T() { log.push("target"); return tgt; }
({ a: T().x, b: T().y } = src);
console.log(log.join(", "));
log = [];
var arr = [];
function I(i) { log.push("idx" + i); return i; }
[arr[I(0)], arr[I(1)] = log.push("default") && "D"] = ["first"];
console.log(log.join(", "), arr.join(","));
var o = { p: { q: 1 } };
var holder = o;
({ p: holder } = o);
console.log(holder.q, holder === o.p);
var a = 1, b = 2, c = 3;
[a, b, c] = [c, a, b];
console.log(a, b, c);
