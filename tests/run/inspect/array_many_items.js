// More than 100 items: "... n more items".
var a = [];
for (var i = 0; i < 101; i++) a.push(i);
console.log(a);
var b = [];
for (var i = 0; i < 250; i++) b.push(i % 7);
console.log(b);
var c = [];
for (var i = 0; i < 102; i++) c.push("v" + i);
console.log(c);
var d = [];
for (var i = 0; i < 120; i++) d.push(i);
console.log({ d: d });
var e = [];
for (var i = 0; i < 101; i++) e.push(i);
e[100] = "last";
console.log(e);
