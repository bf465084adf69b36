console.log([10, 9, 1, 2, 100, 25].sort().join(","));
console.log([10, 9, 1, 2, 100, 25].sort(function (a, b) { return a - b; }).join(","));
console.log([10, 9, 1, 2, 100, 25].sort(function (a, b) { return b - a; }).join(","));
console.log(["b", "a", "C", "B", "c", "A"].sort().join(","));
console.log([3, undefined, 1, undefined, 2].sort().map(String).join(","));
var h = [3, , 1, undefined, , 2];
h.sort();
console.log(h.length, h.map(String).join(","), 4 in h, 5 in h, 3 in h);
var people = [
  {n: "a", age: 30}, {n: "b", age: 25}, {n: "c", age: 30}, {n: "d", age: 25},
  {n: "e", age: 30}, {n: "f", age: 20}, {n: "g", age: 25}, {n: "h", age: 30},
  {n: "i", age: 20}, {n: "j", age: 25}, {n: "k", age: 30}, {n: "l", age: 20}
];
people.sort(function (x, y) { return x.age - y.age; });
console.log(people.map(function (p) { return p.n + p.age; }).join(" "));
var big = [];
for (var i = 0; i < 500; i++) big.push((i * 7919) % 503);
big.sort(function (a, b) { return a - b; });
var ok = true;
for (var i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
console.log(ok, big[0], big[499], big.length);
var strs = [];
for (var i = 0; i < 50; i++) strs.push("k" + ((i * 37) % 50));
console.log(strs.sort().slice(0, 8).join(","));
var a = [1, 2, 3];
console.log(a.sort() === a);
console.log([true, false, null, "null", 0, -1].sort().map(String).join(","));
console.log([-1, -2, 0, -0, 1].sort().join(","));
console.log([5, 1, 4].sort(function (a, b) { return a > b; }).join(","));
console.log([5, 1, 4].sort(function (a, b) { return (a > b) - (a < b); }).join(","));
try { [1, 2].sort(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { [2, 1].sort(function () { throw new Error("cmp"); }); } catch (e) { console.log(e.message); }
var t = [3, 1, 2];
var t2 = t.toSorted();
console.log(t.join(","), t2.join(","), t.toReversed().join(","), t.join(","));
console.log([1, 2, 3].toSpliced(1, 1, "x", "y").join(","), [1, 2, 3].with(1, 9).join(","), [1, 2, 3].with(-1, 0).join(","));
try { [1].with(5, 1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(["éa", "ea", "fa", "Ea"].sort().join(","));
