// Evaluation order and laziness of defaults in destructuring.
var log = [];
function t(tag, v) { log.push(tag); return v; }
var [a = t("da", 1), b = t("db", 2)] = [undefined, 0];
console.log(a, b, log.join(","));
log = [];
var { x = t("dx", "X"), y = t("dy", "Y") } = { y: "given" };
console.log(x, y, log.join(","));
log = [];
var src = {
  get p() { log.push("get p"); return undefined; },
  get q() { log.push("get q"); return "Q"; }
};
var { q, p = t("dp", "P") } = src;
console.log(p, q, log.join(","));
log = [];
var target = {};
({ [t("k1", "a")]: target[t("t1", "A")], [t("k2", "b")]: target[t("t2", "B")] } = { a: 1, b: 2 });
console.log(target.A, target.B, log.join(","));
var iterLog = [];
var iterable = [1, 2, 3, 4];
var [i1, i2] = iterable;
console.log(i1, i2);
var [, , ...last] = [1, 2, 3, 4, 5];
console.log(last.join(","));
