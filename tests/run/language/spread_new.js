// Spread in new expressions and eval order.
function Point(x, y, z) { this.x = x; this.y = y; this.z = z; }
var p = new Point(...[1, 2, 3]);
console.log(p.x, p.y, p.z);
var q = new Point(0, ...[5]);
console.log(q.x, q.y, q.z);
class Vec {
  constructor(...parts) { this.parts = parts; }
  len() { return this.parts.length; }
}
var v = new Vec(...[1, 2], 3, ...[4]);
console.log(v.len(), v.parts.join(","));
var arr = new Array(...[3]);
console.log(arr.length);
var arr2 = new Array(...[3, 4]);
console.log(arr2.length, arr2.join(","));
var log = [];
function t(x) { log.push(x); return x; }
function f() { return Array.prototype.slice.call(arguments).join(""); }
console.log(f(t("a"), ...t(["b", "c"]), t("d")), log.join(","));
