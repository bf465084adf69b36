// `c.size()` and `c.at(i)`: one function is stored under each key, and it is
// small, so its body is inlined behind a check of the callee's code pointer
// (`{ inline @F ... }`); `s.area()` may be either of two functions, both
// inlined.
class Coll {
  constructor() { this.items = []; }
  size() { return this.items.length; }
  at(i) { return this.items[i]; }
}
class Square { constructor(s) { this.s = s; } area() { return this.s * this.s; } }
class Circle { constructor(r) { this.r = r; } area() { return 3 * this.r * this.r; } }
function total(c) {
  let sum = 0;
  for (let i = 0; i < c.size(); i++) sum += c.at(i).area();
  return sum;
}
const c = new Coll();
c.items.push(new Square(2), new Circle(1));
console.log(total(c));
