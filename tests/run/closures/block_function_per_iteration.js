// A function declared in a loop body is a fresh binding per iteration.
const fs = [];
for (let i = 0; i < 3; i++) {
  function g() { return i; }
  fs.push(() => g());
}
console.log(fs.map((f) => f()).join());
