// Object literals and property reads by name and by computed key.
var o = { a: 1, b: "two", "quoted key": true, 3: "three", nested: { deep: 42 } };
console.log(o.a, o.b, o["quoted key"], o[3], o["3"]);
console.log(o.nested.deep, o["nested"]["deep"]);
var k = "b";
console.log(o[k]);
console.log(o["a" + ""], o[1 + 2]);
console.log(o.missing);
console.log(o.nested.missing);
var empty = {};
console.log(empty.x, typeof empty);
