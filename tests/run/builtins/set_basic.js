var s = new Set();
console.log(s.size, s.add(1) === s, s.add(1).size, s.has(1), s.has("1"));
s.add("1").add(NaN).add(NaN).add(0).add(-0).add(undefined).add(null);
console.log(s.size, s.has(NaN), s.has(-0), s.has(undefined), Array.from(s).map(String).join(","));
var o = {};
s.add(o).add({});
console.log(s.has(o), s.has({}), s.size, s.delete(o), s.delete(o), s.size);
var u = new Set([3, 1, 3, 2, 1]);
console.log(u.size, Array.from(u).join(","), Array.from(u.values()).join(","), Array.from(u.keys()).join(","));
console.log(Array.from(u.entries()).map(function (p) { return p.join("/"); }).join(" "));
var log = [];
u.forEach(function (v, k, set) { log.push(v + ":" + k + ":" + (set === u)); });
console.log(log.join(" "));
var chars = new Set("mississippi");
console.log(chars.size, Array.from(chars).join(""));
u.clear();
console.log(u.size, Array.from(u).length);
var a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
var inter = Array.from(a).filter(function (x) { return b.has(x); });
var union = new Set(Array.from(a).concat(Array.from(b)));
console.log(inter.join(","), union.size, Array.from(union).join(","));
var live = new Set([1]);
var seen = [];
live.forEach(function (v) { seen.push(v); if (v < 4) live.add(v + 1); });
console.log(seen.join(","));
var it = new Set(["x", "y"]).values();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(new Set(new Set([1, 2])).size, new Set(new Map([[1, 2]]).keys()).size, Set.prototype.keys === Set.prototype.values, typeof Set);
try { Set(); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Set(5); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Set(true); } catch (e) { console.log(e.name + ": " + e.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (e) { console.log(e.name + ": " + e.message); }
