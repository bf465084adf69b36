// Object rest excludes the named keys and copies own enumerable props.
var { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, Object.keys(rest).join(","), rest.b, rest.c);
var { x, y, ...none } = { x: 1, y: 2 };
console.log(Object.keys(none).length);
var k = "b";
var { [k]: bv, ...r2 } = { a: 1, b: 2, c: 3 };
console.log(bv, Object.keys(r2).join(","));
function P() { this.own = 1; this.own2 = 2; }
P.prototype.proto = 3;
var { own, ...r3 } = new P();
console.log(own, Object.keys(r3).join(","), r3.proto);
var src = { n: { deep: 1 }, m: 2 };
var { m, ...r4 } = src;
r4.n.deep = 99;
console.log(src.n.deep, r4.n === src.n);
var { 0: first, ...r5 } = ["a", "b", "c"];
console.log(first, Object.keys(r5).join(","), Array.isArray(r5));
var { length, ...r6 } = "xyz";
console.log(length, Object.keys(r6).join(","));
function pick({ id, ...props }) { return id + ":" + Object.keys(props).sort().join("+"); }
console.log(pick({ id: 7, z: 1, a: 2, m: 3 }));
var order = { z: 1, 10: "ten", a: 2, 2: "two" };
var { a: aa, ...r7 } = order;
console.log(Object.keys(r7).join(","));
