// Body mutations after the closure is created are visible; the increment is not.
var fs = [];
for (let i = 0; i < 3; i++) {
  fs.push(() => i);
  i = i * 10;
  i = i / 10;
  i += 0.5;
  i -= 0.5;
}
console.log(fs[0](), fs[1](), fs[2]());
var gs = [];
for (let i = 0; i < 6; i++) {
  gs.push(() => i);
  i++;
}
console.log(gs.length, gs[0](), gs[1](), gs[2]());
