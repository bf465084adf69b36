// const declared in a loop body is fresh for every iteration.
var fs = [];
for (var i = 0; i < 4; i++) {
  const snapshot = i * 2;
  fs.push(() => snapshot);
}
console.log(fs[0](), fs[1](), fs[2](), fs[3]());
console.log(i);
var gs = [];
for (let i = 0; i < 2; i++) {
  const a = "a" + i;
  let b = "b" + i;
  gs.push(() => a + b);
  b = b + "!";
}
console.log(gs[0](), gs[1]());
