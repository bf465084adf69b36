// Closures created in a for-let head's init, test and update expressions.
var fs = [];
for (let i = 0, f = () => i; i < 3; i++) { fs.push(f); }
console.log(fs[0](), fs[2]());
var gs = [];
for (let i = 0; i < 3; i++, gs.push(() => i)) {}
console.log(gs[0](), gs[1](), gs[2]());
var hs = [];
for (let i = 0; hs.push(() => i), i < 3; i++) {}
console.log(hs.length, hs[0](), hs[1](), hs[3]());
