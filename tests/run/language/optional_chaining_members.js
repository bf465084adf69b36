// ?. on members and computed members.
var o = { a: { b: { c: 42 } }, arr: [1, 2, 3], zero: 0, empty: "", nul: null };
console.log(o?.a?.b?.c);
console.log(o.x?.y.z.w);
console.log(o.nul?.anything);
console.log(o.zero?.toString(), o.empty?.length);
console.log(o?.["a"]?.["b"]?.["c"]);
var k = "arr";
console.log(o?.[k]?.[1], o?.[k]?.[10]);
var n = null, u;
console.log(n?.x, u?.x, n?.[0], u?.["y"]);
console.log(typeof n?.x);
console.log((n?.a)?.b);
var deep = { l1: { l2: null } };
console.log(deep.l1.l2?.l3.l4.l5);
console.log("abc"?.length, (5)?.toFixed(1));
var count = 0;
function side() { count++; return "k"; }
console.log(n?.[side()], count);
console.log(o?.[side()], count);
console.log(n?.a.b.c.d === undefined);
var list = [{ name: "x" }, null, { name: "z" }];
console.log(list.map((e) => e?.name ?? "-").join(","));
