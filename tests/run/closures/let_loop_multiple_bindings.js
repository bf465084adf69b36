// Several let bindings in a for head are all copied per iteration.
var fs = [];
for (let a = 0, b = 10; a < 3; a++, b--) {
  fs.push(() => a + "/" + b);
}
console.log(fs[0](), fs[1](), fs[2]());
var gs = [];
for (let lo = 0, hi = 5; lo < hi; lo++, hi--) {
  gs.push(function () { lo += 1000; return lo + hi; });
}
console.log(gs.length, gs[0](), gs[0](), gs[1](), gs[2]());
