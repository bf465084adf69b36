// Logical assignment does not evaluate RHS or assign when short-circuiting.
var log = [];
function t(tag, v) { log.push(tag); return v; }
var x = 1;
x ||= t("or", 2);
x ??= t("nullish", 3);
var y = 0;
y &&= t("and", 4);
console.log(x, y, log.join(","));
var setCount = 0;
var o = {
  _v: "init",
  get v() { log.push("get"); return this._v; },
  set v(n) { setCount++; log.push("set"); this._v = n; }
};
log = [];
o.v ||= "never";
o.v &&= "new";
o.v ??= "never2";
console.log(o._v, setCount, log.join(","));
log = [];
var objs = { a: null };
function key() { log.push("key"); return "a"; }
function target() { log.push("target"); return objs; }
target()[key()] ??= t("val", "V");
target()[key()] ??= t("val2", "W");
console.log(objs.a, log.join(","));
const frozen = 5;
try { frozen ||= 6; console.log("no throw", frozen); } catch (e) { console.log("threw"); }
try { frozen &&= 6; console.log("no throw"); } catch (e) { console.log(e.constructor.name); }
