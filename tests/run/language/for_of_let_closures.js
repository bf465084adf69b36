// Fresh binding per iteration for let/const in for-of (vs var).
var fns = [];
for (let x of [1, 2, 3]) fns.push(() => x);
console.log(fns.map((f) => f()).join(","));
fns = [];
for (const x of "abc") fns.push(function () { return x; });
console.log(fns.map((f) => f()).join(","));
fns = [];
for (var y of [1, 2, 3]) fns.push(() => y);
console.log(fns.map((f) => f()).join(","));
fns = [];
for (let x of [1, 2, 3]) {
  fns.push(() => x);
  x *= 10;
}
console.log(fns.map((f) => f()).join(","));
var getters = [], setters = [];
for (let v of [0, 0]) {
  getters.push(() => v);
  setters.push((n) => { v = n; });
}
setters[0](5); setters[1](7);
console.log(getters[0](), getters[1]());
var counters = [];
for (const name of ["a", "b"]) {
  let count = 0;
  counters.push(() => name + ++count);
}
console.log(counters[0](), counters[0](), counters[1](), counters[0]());
fns = [];
for (let [i, j] of [[1, 2], [3, 4]]) fns.push(() => i * j);
console.log(fns.map((f) => f()).join(","));
