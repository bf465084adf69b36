// `splice` reads the length first; `valueOf` of its arguments may change
// the array before the elements move (holes for missing elements, later
// ones cut off by the final length).
const a = [1, 2, 3];
const r = a.splice({ valueOf() { a.length = 0; return 1; } }, 1);
console.log(r, a, a.length);
const b = [1, 2, 3, 4];
const r2 = b.splice(1, { valueOf() { b.push(9, 9); return 2; } }, "x");
console.log(r2, b, b.length);
const c = [1, 2, 3, 4, 5];
const r3 = c.splice({ valueOf() { c.length = 2; return 0; } }, 2, "p", "q", "s");
console.log(r3, c, c.length);
const d = [1, 2, 3];
const r4 = d.splice(1, { valueOf() { d.length = 1; return 5; } });
console.log(r4, d, d.length);
