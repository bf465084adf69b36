// Objects are compared by identity and shared by reference.
var a = { v: 1 };
var b = a;
var c = { v: 1 };
console.log(a === b, a === c, a == c);
b.v = 99;
console.log(a.v);
function mutate(o) { o.v = "mutated"; }
mutate(c);
console.log(c.v);
function replace(o) { o = { v: "new" }; return o.v; }
console.log(replace(a), a.v);
var arr1 = [1], arr2 = [1];
console.log(arr1 === arr2, arr1 === arr1);
