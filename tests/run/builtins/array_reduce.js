var a = [1, 2, 3, 4];
console.log(a.reduce(function (s, x) { return s + x; }), a.reduce(function (s, x) { return s + x; }, 10));
console.log(a.reduceRight(function (s, x) { return s + "" + x; }), a.reduceRight(function (s, x) { return s + x; }, ""));
var trace = [];
a.reduce(function (acc, x, i, arr) { trace.push(acc + "/" + x + "/" + i + "/" + arr.length); return acc + x; });
console.log(trace.join(" "));
trace = [];
a.reduceRight(function (acc, x, i) { trace.push(acc + "/" + x + "/" + i); return acc * x; }, 1);
console.log(trace.join(" "));
console.log([5].reduce(function () { return "never"; }), [].reduce(function () { return 1; }, "init"));
console.log([, , 7, , ].reduce(function (a, b) { return a + b; }), [1, , 2].reduce(function (s, x) { return s + x; }, 0));
var flat = [[1, 2], [3], [4, 5]].reduce(function (acc, x) { return acc.concat(x); }, []);
console.log(flat.join(","));
var counts = ["a", "b", "a", "c", "a"].reduce(function (m, k) { m[k] = (m[k] || 0) + 1; return m; }, {});
console.log(counts.a, counts.b, counts.c);
var max = [3, 9, 2].reduce(function (m, x) { return x > m ? x : m; });
console.log(max);
try { [].reduce(function (a, b) { return a; }); } catch (e) { console.log(e.name + ": " + e.message); }
try { [, , ].reduceRight(function (a, b) { return a; }); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].reduce("nope"); } catch (e) { console.log(e.name + ": " + e.message); }
var objs = [];
for (var i = 0; i < 200; i++) objs.push({v: i});
console.log(objs.reduce(function (s, o) { return s + o.v; }, 0));
console.log(Array.prototype.reduce.call("abc", function (s, c) { return c + s; }, ""));
