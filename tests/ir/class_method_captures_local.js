// Rule: class methods are closures: a method capturing a never-reassigned local
// of the enclosing function gets it copied (`env [scale]`); one capturing a
// mutated local gets the shared box (`created: box`).
function makeClass(scale) {
  let created = 0;
  class Scaled {
    constructor(v) {
      created++;
      this.v = v;
    }
    get() {
      return this.v * scale;
    }
  }
  const a = new Scaled(2);
  const b = new Scaled(3);
  return a.get() + b.get() + created;
}
console.log(makeClass(10));
