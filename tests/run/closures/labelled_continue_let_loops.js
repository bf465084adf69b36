// Labelled continue inside let loops that create closures.
var fs = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) continue outer;
    if ((i + j) % 2 === 1) continue;
    fs.push(() => i + "" + j);
  }
}
var s = "";
for (var k = 0; k < fs.length; k++) s += fs[k]() + " ";
console.log(fs.length, s);
var gs = [];
rows: for (let r = 0; r < 3; r++) {
  gs.push(() => r);
  if (r === 1) { r = 1; continue rows; }
  gs.push(() => -r);
}
var t = "";
for (var m = 0; m < gs.length; m++) t += gs[m]() + " ";
console.log(t);
