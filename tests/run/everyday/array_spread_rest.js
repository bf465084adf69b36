// Array spread/rest in calls, literals, and destructuring.
const nums = [5, 2, 9];
console.log(Math.max(...nums), Math.min(...nums, 1), [0, ...nums, 10]);
function sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1), sum(...nums, ...nums));
function first(a, b, ...tail) { return { a, b, tail, n: arguments.length }; }
console.log(first(1), first(1, 2, 3, 4));
const [head, , third = "def", ...more] = [1, 2, undefined, 4, 5];
console.log(head, third, more);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
const matrix = [[1, 2], [3, 4]];
const [[m00, m01], [, m11]] = matrix;
console.log(m00, m01, m11);
const chars = [..."abc", ...new Set(["c", "d"])];
console.log(chars);
const clone = [...matrix];
clone[0] = "changed";
console.log(matrix[0], clone);
const args = [2020, 5, 17];
const fmt = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${d}`;
console.log(fmt(...args));
for (const [i, [k, v]] of Object.entries({ a: 1, b: 2 }).entries()) console.log(i, k, v);
