// Closures created before a break keep their iteration's value.
var fs = [];
for (let i = 0; i < 10; i++) {
  fs.push(() => i);
  if (i === 3) break;
}
console.log(fs.length, fs[3](), fs[0]());
var gs = [];
for (let i = 0; i < 6; i++) {
  if (i % 2) continue;
  gs.push(() => i);
}
console.log(gs.length, gs[0](), gs[1](), gs[2]());
