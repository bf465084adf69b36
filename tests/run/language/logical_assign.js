// ??=, ||=, &&= on variables, properties and elements.
var a = null, b = 0, c = "x";
a ??= "A"; b ??= "B"; c ??= "C";
console.log(a, b, c);
var d = 0, e = "", f = "keep";
d ||= 10; e ||= "empty"; f ||= "replaced";
console.log(d, e, f);
var g = 1, h = 0, i = null;
g &&= "truthy"; h &&= "never"; i &&= "never";
console.log(g, h, i);
var o = { x: null, y: 5 };
o.x ??= "set"; o.y ??= "not set"; o.z ??= "new";
console.log(o.x, o.y, o.z);
var arr = [0, 1];
arr[0] ||= "zero"; arr[1] &&= "one"; arr[5] ??= "five";
console.log(arr.length, arr.join(","));
var r = (a ??= "ignored");
console.log(r);
var cache = {};
function getOrCreate(key) { return (cache[key] ??= { key: key, hits: 0 }); }
getOrCreate("k").hits++;
getOrCreate("k").hits++;
console.log(cache.k.hits, Object.keys(cache).length);
var k = 1;
var res = (k &&= k + 1);
console.log(res, k);
