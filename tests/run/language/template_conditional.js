// Expressions of all kinds inside ${}.
function plural(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }
console.log(plural(0, "cat"), plural(1, "cat"), plural(2, "cat"));
var o = { a: { b: [10, 20, 30] } };
console.log(`${o.a.b[1]} ${o.a.b.length} ${o["a"]["b"][2]}`);
console.log(`${typeof o} ${typeof undefined} ${typeof null}`);
console.log(`${1 < 2 && "yes"} ${0 || "fallback"} ${null ?? "dflt"}`);
var x = 5;
console.log(`${x > 3 ? `big ${x}` : `small ${x}`}`);
console.log(`${(function () { return "iife"; })()}`);
console.log(`${[1, 2, 3].map(function (v) { return v * 2; })}`);
console.log(`sum=${[1, 2, 3, 4].reduce(function (a, b) { return a + b; }, 0)}`);
console.log(`${"abc".toUpperCase()}${"xyz".length}`);
console.log(`${x = 10} ${x}`);
console.log(`${(1, 2, 3)}`);
