// sort with a numeric comparator.
var a = [5, 1, 10, 2, 33, -4, 0];
a.sort(function (x, y) { return x - y; });
var s = "";
for (var i = 0; i < a.length; i++) s += a[i] + " ";
console.log(s);
a.sort((x, y) => y - x);
s = "";
for (var i = 0; i < a.length; i++) s += a[i] + " ";
console.log(s);
var r = a.sort((x, y) => x - y);
console.log(r === a, r[0], r[6]);
var floats = [0.5, -1.5, 0.25, 3];
floats.sort((x, y) => x - y);
console.log(floats[0], floats[1], floats[2], floats[3]);
