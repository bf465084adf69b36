// `%` of integer-valued numbers is computed inline (exact integer remainder
// with the dividend's sign); everything else goes to fmod in the runtime.
const xs = [0, -0, 1, -1, 5, -5, 7.5, -7.5, 2 ** 31, -(2 ** 31), 2 ** 53, 2 ** 53 + 2, -(2 ** 60), 2 ** 62 * 1.5, 2 ** 63, 1e300, NaN, Infinity, -Infinity, 4294967296 * 16777619, 0.1];
const ys = [1, -1, 2, -2, 3, 0, -0, 7.5, 4294967296, 2 ** 53, 2 ** 62, NaN, Infinity, -Infinity, 0.3];
const out = [];
for (const x of xs) for (const y of ys) { const r = x % y; out.push(Object.is(r, -0) ? "-0" : String(r)); }
console.log(out.join(" "));
let h = 2166136261;
for (let i = 0; i < 1000; i++) h = ((h ^ (i & 255)) * 16777619) % 4294967296;
console.log(h, -7 % 7, 7 % -7, -8 % 3, "5" % 3, true % 2);
