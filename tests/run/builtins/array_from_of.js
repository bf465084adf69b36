console.log(Array.from([1, 2, 3]).join(","), Array.from("héllo").join("|"), Array.from("ab", function (c) { return c + c; }).join(","));
console.log(Array.from({length: 3}).map(String).join(","), Array.from({length: 3}, function (v, i) { return i * i; }).join(","));
console.log(Array.from({length: 2, 0: "a", 1: "b", 2: "c"}).join(","), Array.from({}).length, Array.from(5).length, Array.from(true).length);
var m = new Map([[1, "one"], [2, "two"]]);
var e = Array.from(m);
console.log(e.length, e[0].join(":"), e[1].join(":"));
console.log(Array.from(m.keys()).join(","), Array.from(m.values()).join(","));
console.log(Array.from(new Set([3, 3, 1, 2, 1])).join(","));
console.log(Array.from([1, , 3]).length, 1 in Array.from([1, , 3]), String(Array.from([1, , 3])[1]));
console.log(Array.from([1, 2], function (x) { return this.k * x; }, {k: 10}).join(","));
console.log(Array.from("😀a").length, Array.from("😀a")[0].length);
var src = [1, 2];
console.log(Array.from(src) !== src);
console.log(Array.of().length, Array.of(7).length, Array.of(1, 2, 3).join(","), Array.of(undefined).length);
console.log(Array.isArray([]), Array.isArray({}), Array.isArray("a"), Array.isArray(Array.from("x")), Array.isArray(null));
try { Array.from(null); } catch (err) { console.log(err.name + ": " + err.message); }
try { Array.from(undefined); } catch (err) { console.log(err.name + ": " + err.message); }
try { Array.from([1], 3); } catch (err) { console.log(err.name + ": " + err.message); }
console.log(new Array(5).length, new Array(2, 3).join(","), Array(3).length, new Array("3").length);
try { new Array(-1); } catch (err) { console.log(err.name + ": " + err.message); }
