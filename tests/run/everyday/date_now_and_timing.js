// Date.now is a number that does not go backwards; timing code works.
const t0 = Date.now();
let acc = 0;
for (let i = 0; i < 100000; i++) acc += i % 7;
const t1 = Date.now();
console.log(typeof t0, Number.isInteger(t0), t1 >= t0, t0 > 1600000000000, acc);
const elapsed = t1 - t0;
console.log(elapsed >= 0 && elapsed < 60000 ? "elapsed looks sane" : "weird elapsed");
function timed(fn) { const s = Date.now(); const r = fn(); return { r, ok: Date.now() - s >= 0 }; }
console.log(timed(() => [3, 1, 2].sort()));
