var like = {length: 4, 0: "a", 1: "b", 3: "d"};
var ap = Array.prototype;
console.log(ap.join.call(like), ap.indexOf.call(like, "d"), ap.includes.call(like, undefined), ap.lastIndexOf.call(like, "a"));
console.log(ap.map.call(like, function (x) { return x + x; }).join("|"), ap.filter.call(like, function () { return true; }).length);
console.log(ap.some.call(like, function (x) { return x === "d"; }), ap.every.call(like, function (x) { return typeof x === "string"; }));
console.log(ap.reduce.call(like, function (a, b) { return a + b; }), ap.reduceRight.call(like, function (a, b) { return a + b; }));
console.log(ap.slice.call(like, 1, 3).length, ap.concat.call([0], like).length, ap.at.call(like, -1), ap.find.call(like, function (x) { return x > "a"; }));
console.log(ap.flat.call({length: 2, 0: [1, 2], 1: 3}).join(","), ap.toReversed.call({length: 3, 0: 1, 2: 3}).map(String).join(","));
function args() { return ap.slice.call(arguments, 1).join("+") + " / " + Array.from(arguments).length; }
console.log(args(1, 2, 3), args());
console.log(ap.map.call("xyz", function (c, i) { return c + i; }).join(""), ap.every.call("aaa", function (c) { return c === "a"; }));
var counter = {length: 3, get 1() { return "getter"; }};
console.log(ap.join.call(counter, "-"), ap.map.call(counter, function (x) { return String(x); }).length);
try { ap.map.call(null, function () {}); } catch (e) { console.log(e.name + ": " + e.message); }
try { ap.forEach.call(undefined, function () {}); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(ap.indexOf.call(5, 5), ap.join.call(true), ap.map.call({length: "2", 0: 1, 1: 2}, function (x) { return x * 3; }).join(","));
