// Array destructuring from non-array iterables: Set, Map, iterators.
var [e1, e2] = new Set(["s1", "s2", "s3"]);
console.log(e1, e2);
var [[k, v], second] = new Map([["key", "val"], ["k2", "v2"]]);
console.log(k, v, second.join("="));
var [firstKey, ...otherKeys] = new Map([["a", 1], ["b", 2], ["c", 3]]).keys();
console.log(firstKey, otherKeys.join(","));
var [v1 = "d1", v2 = "d2"] = new Set([undefined]).values();
console.log(v1, v2);
var [[i0, x0], [i1, x1]] = ["p", "q"].entries();
console.log(i0, x0, i1, x1);
var a, b;
[a, b] = new Set([10, 20]);
console.log(a + b);
function f([x, y]) { return x * y; }
console.log(f(new Set([6, 7])));
