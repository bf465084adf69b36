// Spread iterates the value at the point it appears; side effects interleave.
var log = [];
function t(tag, v) { log.push(tag); return v; }
var arr = [t("a", 1), ...t("b", [2, 3]), t("c", 4)];
console.log(arr.join(","), log.join(","));
log = [];
var a = [1, 2];
var r = [...a, a.push(3), ...a];
console.log(r.join(","));
var obj = { x: 1 };
var r2 = { ...obj, x: t("x", 2), ...t("obj2", { y: 3 }) };
console.log(r2.x, r2.y, log.join(","));
var counter = 0;
var o = { get a() { counter++; return counter; } };
var copy1 = { ...o };
var copy2 = { ...o };
console.log(copy1.a, copy2.a, counter);
function mk() { var x = []; for (var i = 0; i < arguments.length; i++) x.push(arguments[i]); return x; }
var s = "xy";
console.log(mk(...s, ...s).join(""));
console.log(mk(...[undefined, null]).length);
