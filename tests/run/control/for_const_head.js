// for heads with const: the binding cannot be reassigned but may be mutated.
for (const o = { n: 0 }; o.n < 3; o.n++) console.log("n", o.n);
let hits = 0;
for (const lim = 4; hits < lim;) hits++;
console.log(hits);
try {
  for (const i = 0; i < 2; i++) console.log("iter", i);
} catch (e) {
  console.log(e.name, e.message);
}
