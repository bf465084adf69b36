// Closures created in nested let loops capture both loop variables.
var fs = [];
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 2; j++) {
    fs.push(() => i * 10 + j);
  }
}
var s = "";
for (var k = 0; k < fs.length; k++) s += fs[k]() + " ";
console.log(s);
var gs = [];
for (var a = 0; a < 2; a++) {
  for (let b = 0; b < 2; b++) gs.push(() => a + ":" + b);
}
console.log(gs[0](), gs[1](), gs[2](), gs[3]());
