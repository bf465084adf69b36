// Key order for classes, Object.keys/values/entries, JSON, and for-in over prototypes.
class Rec { constructor() { this.z = 1; this[2] = "two"; this.a = 3; this[0] = "zero"; } }
const r = new Rec();
console.log(Object.keys(r), Object.values(r), JSON.stringify(r), r);
const parent = { p1: 1, 1: "p" };
const child = Object.create(parent);
child.c1 = 2; child[0] = "c";
const keys = [];
for (const k in child) keys.push(k);
console.log(keys, Object.keys(child));
const arr = ["a", "b"];
arr.extra = "x";
arr[-1] = "neg";
console.log(Object.keys(arr), arr);
const obj = {};
for (const k of ["10", "9", "x", "1", "y", "100"]) obj[k] = k;
console.log(Object.keys(obj).join(","));
console.log(Object.entries({ b: 2, a: 1, 1: 0 }).map(([k, v]) => k + v).join(" "));
const m = Object.fromEntries([["b", 1], ["2", 2], ["a", 3], ["1", 4]]);
console.log(m);
const str = Object.keys("hey");
console.log(str, Object.entries(["x", "y"]));
