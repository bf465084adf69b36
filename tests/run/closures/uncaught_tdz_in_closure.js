// An uncaught TDZ error raised inside a closure from a for-let loop body.
var fs = [];
for (let i = 0; i < 2; i++) {
  fs.push(() => i + later);
}
console.log("made", fs.length);
console.log(fs[0]());
let later = 1;
