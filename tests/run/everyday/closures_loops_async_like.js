// Callbacks collected in loops and invoked later (simulated task queue).
const queue = [];
const schedule = (fn) => queue.push(fn);
const flush = () => { const out = []; while (queue.length) out.push(queue.shift()()); return out; };
for (var i = 0; i < 3; i++) schedule(() => "var i=" + i);
for (let j = 0; j < 3; j++) schedule(() => "let j=" + j);
console.log(flush());
const handlers = {};
for (const name of ["click", "hover", "focus"]) handlers[name] = () => `handled ${name}`;
console.log(Object.values(handlers).map((h) => h()));
let k = 0;
const whileFns = [];
while (k < 3) { let snapshot = k; whileFns.push(() => [snapshot, k]); k++; }
console.log(whileFns.map((f) => f()));
for (let x = 0, y = 10; x < 3; x++, y--) schedule(() => x + y);
console.log(flush());
const doFns = [];
let d = 0;
do { const cur = d; doFns.push(() => cur); } while (++d < 3);
console.log(doFns.map((f) => f()));
for (var v = 0; v < 2; v++) { (function (captured) { schedule(() => "iife " + captured); })(v); }
for (let n = 0; n < 2; n++) { setLater(n); }
function setLater(n) { schedule(() => "fn " + n); }
console.log(flush());
