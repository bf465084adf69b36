// Destructuring in for-in heads destructures the key string; loop-head let in classic for.
var out = [];
for (const [first, second] in { abc: 1, xy: 2 }) out.push(first + second);
console.log(out.join(","));
out = [];
for (const { length } in { one: 1, three: 3 }) out.push(length);
console.log(out.join(","));
out = [];
for (let [i, j] = [0, 10]; i < 3; i++, j--) out.push(i + ":" + j);
console.log(out.join(" "));
var fns = [];
for (let { k } = { k: 0 }; k < 3; k++) fns.push(() => k);
console.log(fns.map((f) => f()).join(","));
