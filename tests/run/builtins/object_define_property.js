var o = {};
Object.defineProperty(o, "x", {value: 1});
var d = Object.getOwnPropertyDescriptor(o, "x");
console.log(d.value, d.writable, d.enumerable, d.configurable, JSON.stringify(d));
o.x = 2;
console.log(o.x, delete o.x, o.x);
Object.defineProperty(o, "y", {value: 1, writable: true, enumerable: true, configurable: true});
o.y = 5;
console.log(o.y, Object.keys(o).join(","), delete o.y, "y" in o);
var count = 0;
Object.defineProperty(o, "acc", {get: function () { return ++count; }, set: function (v) { count = v * 10; }, enumerable: true, configurable: true});
console.log(o.acc, o.acc);
o.acc = 3;
console.log(o.acc);
var ad = Object.getOwnPropertyDescriptor(o, "acc");
console.log(typeof ad.get, typeof ad.set, ad.enumerable, "value" in ad, "writable" in ad);
Object.defineProperty(o, "acc", {value: "now data"});
console.log(o.acc, Object.getOwnPropertyDescriptor(o, "acc").writable);
try { Object.defineProperty(o, "x", {value: 3}); } catch (e) { console.log(e.name + ": " + e.message); }
Object.defineProperty(o, "x", {value: 1});
console.log("same value ok");
try { Object.defineProperty(o, "x", {enumerable: true}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty(5, "a", {}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty({}, "a", 5); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty({}, "a", {get: 5}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty({}, "a", {get: function () {}, value: 1}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.defineProperty(Object.preventExtensions({}), "b", {value: 2}); } catch (e) { console.log(e.name + ": " + e.message); }
var ro = {};
Object.defineProperty(ro, "k", {get: function () { return "only getter"; }, configurable: true});
ro.k = "ignored";
console.log(ro.k, Object.getOwnPropertyDescriptor(ro, "k").set);
var multi = Object.defineProperties({}, {a: {value: 1, enumerable: true}, b: {get: function () { return this.a + 1; }, enumerable: true}});
console.log(multi.a, multi.b, Object.keys(multi).join(","));
var arr = [1, 2, 3];
Object.defineProperty(arr, 1, {value: "two"});
Object.defineProperty(arr, "length", {value: 2});
console.log(arr.join(","), arr.length);
console.log(Object.getOwnPropertyDescriptor([5], 0).writable, Object.getOwnPropertyDescriptor([5], "length").value, Object.getOwnPropertyDescriptor("ab", 1).value, Object.getOwnPropertyDescriptor({}, "nope"));
var descs = Object.getOwnPropertyDescriptors({p: 1, get q() { return 2; }});
console.log(Object.keys(descs).join(","), descs.p.writable, typeof descs.q.get);
