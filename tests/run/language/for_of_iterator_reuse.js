// Iterators are single-use; for-of on an exhausted iterator does nothing.
var arr = [1, 2, 3];
var it = arr.values();
var out = [];
for (const v of it) out.push(v);
for (const v of it) out.push("second" + v);
console.log(out.join(","));
var m = new Map([["a", 1], ["b", 2]]);
var ki = m.keys();
out = [];
for (const k of ki) { out.push(k); break; }
for (const k of ki) out.push("rest" + k);
console.log(out.join(","));
var s = new Set([1, 2, 3]);
var si = s.values();
var firstNext = si.next();
console.log(firstNext.value, firstNext.done);
out = [];
for (const v of si) out.push(v);
console.log(out.join(","));
var end = si.next();
console.log(end.value, end.done);
var ai = ["x"].entries();
var r1 = ai.next();
console.log(r1.value.join(":"), r1.done, ai.next().done);
