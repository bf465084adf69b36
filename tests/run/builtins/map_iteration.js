var m = new Map([["one", 1], ["two", 2], ["three", 3]]);
var log = [];
m.forEach(function (v, k, map) { log.push(k + "=" + v + (map === m)); });
console.log(log.join(" "));
log = [];
m.forEach(function (v) { log.push(this.p + v); }, {p: "#"});
console.log(log.join(" "));
var it = m.entries();
var e = it.next();
console.log(e.done, e.value.join(":"), it.next().value[0], it.next().value[1], it.next().done);
var ks = m.keys(), vs = m.values();
console.log(ks.next().value, vs.next().value, ks.next().value, vs.next().value);
m.delete("two");
console.log(ks.next().value, vs.next().value, ks.next().done);
var live = new Map([[1, "a"]]);
var seen = [];
live.forEach(function (v, k) { seen.push(k); if (k < 5) live.set(k + 1, "n"); });
console.log(seen.join(","), live.size);
var del = new Map([[1, 1], [2, 2], [3, 3]]);
seen = [];
del.forEach(function (v, k) { seen.push(k); if (k === 1) del.delete(2); });
console.log(seen.join(","));
var li = live.keys();
li.next();
live.clear();
console.log(li.next().done);
var order = new Map();
order.set("z", 1).set("a", 2).set(10, 3).set(2, 4);
console.log(Array.from(order.keys()).join(","));
order.delete("z");
order.set("z", 5);
console.log(Array.from(order.keys()).join(","), Array.from(order.values()).join(","));
console.log(Array.from(order.entries()).map(function (p) { return p.join("->"); }).join(" "));
try { m.forEach(5); } catch (e) { console.log(e.name + ": " + e.message); }
try { m.forEach("abc"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Set().forEach({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Set().forEach(null); } catch (e) { console.log(e.name + ": " + e.message); }
