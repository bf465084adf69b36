var a = [1, [2, [3, [4, [5]]]]];
console.log(a.flat().length, a.flat(2).length, a.flat(Infinity).join(","), a.flat(0).length, a.flat(-1).length);
console.log([1, , 3, [4, , 6]].flat().join(","), [1, , 3, [4, , 6]].flat().length);
console.log([[]].flat().length, [[[]]].flat().length, [].flat().length);
console.log([1, 2, 3].flatMap(function (x) { return [x, x * 2]; }).join(","));
console.log([1, 2, 3].flatMap(function (x) { return [[x]]; }).length, [1, 2].flatMap(function (x) { return x; }).join(","));
console.log(["a b", "c d e"].flatMap(function (s) { return s.split(" "); }).join("|"));
console.log([1, 2, 3].flatMap(function (x, i, arr) { return i + arr.length; }).join(","));
var ctx = {m: 3};
console.log([1, 2].flatMap(function (x) { return [x * this.m]; }, ctx).join(","));
console.log([1, [2, "x"]].flat("1").join(","));
try { [1].flatMap(); } catch (e) { console.log(e.name + ": " + e.message); }
