// The per-iteration copy carries the value (as changed by the body) into the next iteration.
var fs = [];
for (let i = 0; i < 10; i++) {
  fs.push(() => i);
  i += 2;
}
var s = "";
for (var k = 0; k < fs.length; k++) s += fs[k]() + " ";
console.log(fs.length, s);
