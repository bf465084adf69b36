// let in a for head gives each iteration its own binding.
var fs = [];
for (let i = 0; i < 3; i++) {
  fs.push(function () { return i; });
}
console.log(fs[0](), fs[1](), fs[2]());
var gs = [];
for (let i = 5; i > 0; i -= 2) gs.push(() => i * i);
console.log(gs.length, gs[0](), gs[1](), gs[2]());
