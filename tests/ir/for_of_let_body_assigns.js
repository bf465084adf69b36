// Rule: `for (let x of ...)` whose body assigns `x` after a closure captured
// it: `x` is boxed, with a fresh box made at the top of every iteration (the
// closures of one iteration share it, other iterations have their own).
const fs = [];
for (let n of [1, 2, 3]) {
  fs.push(() => n);
  n = n * 10;
}
console.log(fs[0](), fs[1](), fs[2]());
