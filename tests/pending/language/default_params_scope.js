// Defaults can refer to earlier parameters, outer variables and calls.
var x = "outer";
function a(p = x) { var x = "inner"; return p; }
console.log(a());
function b(first, second = first + 1, third = second * 2) { return [first, second, third].join(","); }
console.log(b(1), b(1, 5), b(1, undefined, 0));
var counter = 0;
function next() { return ++counter; }
function c(id = next()) { return id; }
console.log(c(), c(), c(100), c(), counter);
function d(f = () => secret) { var secret = "local"; return f(); }
var secret = "global";
console.log(d());
function e(n, fn = function () { return n * 10; }) { n = 7; return fn(); }
console.log(e(2));
function f(a, b = () => a) { a = "changed"; return b(); }
console.log(f("orig"));
function tdz() {
  try {
    (function (p = q, q = 1) { return p; })();
    return "no error";
  } catch (err) { return err.constructor.name + ": " + err.message; }
}
console.log(tdz());
var log = [];
function order(p = log.push("p"), q = log.push("q")) { return log.join(""); }
console.log(order(), order(1), order(undefined, 2));
