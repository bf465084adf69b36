// Classes with static members, getters, inheritance, and toString.
class Shape {
  static count = 0;
  static registry = [];
  constructor(name) { this.name = name; Shape.count++; Shape.registry.push(name); }
  get area() { return 0; }
  describe() { return `${this.name} with area ${this.area.toFixed(2)}`; }
  static largest(shapes) { return shapes.reduce((m, s) => (s.area > m.area ? s : m)); }
  toString() { return `[${this.constructor.name} ${this.name}]`; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  get area() { return Math.PI * this.r ** 2; }
}
class Square extends Shape {
  side = 1;
  constructor(s) { super("square"); this.side = s; }
  get area() { return this.side ** 2; }
  describe() { return super.describe() + " (square!)"; }
}
const shapes = [new Circle(1), new Square(3), new Circle(0.5)];
for (const s of shapes) console.log(s.describe());
console.log(Shape.count, Shape.registry, String(Shape.largest(shapes)));
console.log(shapes);
console.log(`${shapes[1]}`, shapes.join(";"));
console.log(Object.getOwnPropertyNames(Circle.prototype), Circle.name, Square.count);
console.log(typeof Shape, Object.getPrototypeOf(Circle) === Shape);
