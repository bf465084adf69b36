// for-of over arrays: values, holes, mutation during iteration.
var out = [];
for (var v of [1, 2, 3]) out.push(v * 2);
console.log(out.join(","), v);
out = [];
for (const x of [, "b", , "d"]) out.push(String(x));
console.log(out.join(","));
var arr = [1, 2, 3];
out = [];
for (const x of arr) { if (x === 1) arr.push(4); out.push(x); }
console.log(out.join(","));
arr = [1, 2, 3, 4, 5];
out = [];
for (const x of arr) { out.push(x); arr.shift(); }
console.log(out.join(","), arr.join(","));
out = [];
for (let x of []) out.push("never");
console.log(out.length);
var nested = [[1, 2], [3], []];
var total = 0;
for (const row of nested) for (const cell of row) total += cell;
console.log(total);
var objs = [{ n: 1 }, { n: 2 }];
for (const o of objs) o.n *= 10;
console.log(objs[0].n, objs[1].n);
for (let x of [1, 2]) { x = x + 100; out.push(x); }
console.log(out.join(","));
var arrLike = { 0: "a", length: 1 };
try { for (const z of arrLike) console.log(z); } catch (e) { console.log(e instanceof TypeError); }
