var m = new Map();
console.log(m.size, m.get("x"), m.has("x"), m.set("x", 1) === m, m.size, m.get("x"));
m.set(1, "num").set("1", "str").set(true, "bool").set(null, "null").set(undefined, "undef");
console.log(m.size, m.get(1), m.get("1"), m.get(true), m.get(null), m.get(undefined), m.get(2));
m.set(NaN, "nan");
console.log(m.get(NaN), m.has(NaN), m.get(0 / 0));
m.set(-0, "zero");
console.log(m.get(0), m.get(-0), m.has(+0));
var k1 = {}, k2 = {};
m.set(k1, "obj1").set(k2, "obj2");
console.log(m.get(k1), m.get(k2), m.get({}), m.size);
console.log(m.delete(k1), m.delete(k1), m.has(k1), m.size);
m.set("x", "overwritten");
console.log(m.get("x"), Array.from(m.keys()).map(String).join(","));
m.clear();
console.log(m.size, m.get("x"), Array.from(m).length);
var init = new Map([["a", 1], ["b", 2], ["a", 3]]);
console.log(init.size, init.get("a"), Array.from(init.keys()).join(","));
var copy = new Map(init);
copy.set("c", 4);
console.log(copy.size, init.size);
console.log(new Map(null).size, new Map(undefined).size, new Map([]).size);
var fromEntries = new Map(Object.entries({p: 1, q: 2}));
console.log(fromEntries.get("q"), typeof Map, Map.name, Map.length);
var big = new Map();
for (var i = 0; i < 1000; i++) big.set("k" + i, i);
var sum = 0;
for (var i = 0; i < 1000; i += 3) { sum += big.get("k" + i); big.delete("k" + i); }
console.log(big.size, sum, big.get("k1"), big.has("k999"), big.has("k0"));
try { Map(); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Map([1]); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Map(5); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Map({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(new Map([["x", 1]]).get("x"), new Map("") .size);
