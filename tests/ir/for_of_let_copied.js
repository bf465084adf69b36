// Rule: `for (const x of ...)` binds a fresh `x` per iteration; captured and
// never assigned, it is copied into each closure (`env [x]`).
const fs = [];
for (const word of ["a", "b", "c"]) {
  fs.push(() => word + word);
}
console.log(fs[0](), fs[1](), fs[2]());
