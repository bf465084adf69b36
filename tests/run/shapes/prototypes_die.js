// Classes created and dropped in a loop: caches that remembered a dead
// prototype must never match a new object that reuses its memory.
function makeClass(i) {
  return class {
    constructor() { this.i = i; }
    get label() { return "L" + this.i; }
    value() { return this.i * 2; }
  };
}
function use(o) { return o.value() + (o.extra || 0); }
let total = 0;
for (let round = 0; round < 2000; round++) {
  const C = makeClass(round);
  const o = new C();
  if (round % 7 === 0) o.extra = 1;
  total += use(o);
  if (round % 500 === 0) console.log(o.label, use(o));
  // Garbage between rounds so that memory gets reused.
  const junk = [];
  for (let j = 0; j < 50; j++) junk.push({ a: j, b: [j] });
}
console.log(total);
