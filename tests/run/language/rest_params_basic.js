// Rest parameters collect the remaining arguments into a real array.
function f(a, ...rest) { return a + ":" + rest.length + ":" + rest.join(","); }
console.log(f());
console.log(f(1));
console.log(f(1, 2));
console.log(f(1, 2, 3, 4));
function g(...all) { return Array.isArray(all) + " " + all.length; }
console.log(g(), g(undefined), g(1, 2, 3));
console.log(f.length, g.length, (function (a, b, ...c) {}).length);
var arrow = (...xs) => xs.reduce((s, x) => s + x, 0);
console.log(arrow(), arrow(1, 2, 3, 4, 5));
var h = (first, ...others) => `${first}|${others}`;
console.log(h("x"), h("x", "y", "z"));
function mutate(...r) { r.push("added"); r[0] = "changed"; return r.join(","); }
console.log(mutate("orig", "b"));
function passThrough(...args) { return f(...args); }
console.log(passThrough(9, 8, 7));
function restUndef(a, ...r) { return r.length; }
console.log(restUndef(1, undefined, undefined));
console.log(((...r) => r.map((x) => typeof x).join(","))(1, "s", null, undefined, {}, []));
