// Argument expressions are evaluated before defaults; defaults left to right.
var log = [];
function t(tag, v) { log.push(tag); return v; }
function f(a = t("default a", "A"), b = t("default b", "B"), c = t("default c", "C")) {
  log.push("body");
  return a + b + c;
}
console.log(f(t("arg1", undefined), t("arg2", "b")), log.join(", "));
log = [];
function g(x, y = (log.push("y sees x=" + x), x + 1), z = (x = 100, y)) { return [x, y, z].join(","); }
console.log(g(1), log.join(", "));
var counter = 0;
function h(a = ++counter, b = a + ++counter) { return a + "," + b; }
console.log(h(), h(10), h(undefined, 0), counter);
