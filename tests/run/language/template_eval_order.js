// Interpolations evaluate left to right, once each, with ToString at each step.
var log = [];
function t(x) { log.push(x); return x; }
var r = `${t(1)}-${t(2)}-${t(3)}`;
console.log(r, log.join(","));
var obj = {
  toString: function () { log.push("toString"); return "OBJ"; },
  valueOf: function () { log.push("valueOf"); return 99; }
};
log = [];
console.log(`${obj}`, log.join(","));
log = [];
console.log("" + obj, log.join(","));
var i = 0;
console.log(`${i++} ${i++} ${++i}`, i);
var arr = [1, 2];
console.log(`${arr.push(3)} ${arr}`);
