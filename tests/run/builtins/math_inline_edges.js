// Math.sqrt/abs/floor/ceil/trunc/min/max of numbers are computed inline when
// the callee is the builtin; other callees and arguments take the call.
const xs = [0, -0, 1.5, -1.5, 2.5, -2.5, 1e300, -1e-300, 4, 2 ** 53 + 2, NaN, Infinity, -Infinity];
const show = (v) => (Object.is(v, -0) ? "-0" : String(v));
const out = [];
for (const x of xs) {
  out.push([Math.sqrt(x), Math.abs(x), Math.floor(x), Math.ceil(x), Math.trunc(x)].map(show).join(" "));
  for (const y of [0, -0, 1, NaN, -Infinity]) out.push(show(Math.min(x, y)) + "/" + show(Math.max(x, y)));
}
out.push(Math.sqrt("16"), Math.abs(null), Math.floor({ valueOf() { return 2.7; } }), Math.max(1, "3"), Math.min());
const M = { sqrt: (v) => "not math " + v, min: (a, b) => "fake min" };
out.push(M.sqrt(4), M.min(1, 2));
const realSqrt = Math.sqrt;
Math.sqrt = (v) => "patched " + v;
out.push(Math.sqrt(9));
Math.sqrt = realSqrt;
out.push(Math.sqrt(9), Math.max(1, 2, 3), Math.min(3, 1, 2));
let acc = 0;
for (let i = 0; i < 100000; i++) acc += Math.sqrt(i) + Math.floor(i / 3) - Math.max(i, 50000);
out.push(acc);
console.log(out.join("\n"));
