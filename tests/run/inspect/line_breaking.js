// breakLength 80: short objects stay on one line, longer ones break.
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6 });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddd" });
console.log({ one: { two: "a fairly long string value", three: "another long string value" } });
console.log({ outer: { inner: { deep: "value" }, other: [1, 2, 3] }, flag: true, count: 42 });
console.log([{ name: "first", value: 1 }, { name: "second", value: 2 }, { name: "third", value: 3 }]);
console.log({ list: ["apple", "banana", "cherry"], map: { x: 1, y: 2 }, text: "hello world" });
var wide = {};
for (var i = 0; i < 26; i++) wide["key" + i] = i * i;
console.log(wide);
console.log({ a: { b: { c: 1 } }, d: { e: { f: 2 } }, g: { h: { i: 3 } }, j: { k: { l: 4 } } });
console.log({ s: "x", t: { u: "y", v: { w: "z" } } }, "after");
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11 });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13 });
