// Property enumeration order: array-index keys ascending, then strings in insertion order.
var o = {};
o.b = 1; o["10"] = 1; o["01"] = 1; o["2"] = 1; o["-1"] = 1; o.a = 1; o["1.5"] = 1; o["4294967294"] = 1; o["4294967295"] = 1; o["0"] = 1;
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(" "));
console.log(Object.keys(o).join(" "));
delete o.b;
o.b = 2;
keys = [];
for (var k2 in o) keys.push(k2);
console.log(keys.slice(-3).join(" "));
var proto = { p2: 1, 5: "five", p1: 1 };
var child = Object.create(proto);
child.c = 1; child[3] = "three";
keys = [];
for (var k3 in child) keys.push(k3);
console.log(keys.join(" "));
