// Classes print as [class A], [class B extends A]; instances by class name.
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return this.name;
  }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.tricks = ["sit"];
  }
}
console.log(Animal, Dog);
console.log(new Animal("generic"), new Dog("rex"));
console.log([Animal, new Dog("fido")]);
console.log({ cls: Dog, inst: new Dog("a") });
const Anon = class {};
console.log(Anon, class {}, new (class {})());
class Empty {}
console.log(new Empty(), { e: new Empty() });
class WithStatic {
  static count = 3;
}
console.log(WithStatic);
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get length() {
    return 0;
  }
}
console.log(new Point(1, 2));
console.log({ a: { b: { c: new Point(3, 4) } } });
class Puppy extends Dog {}
console.log(Puppy, new Puppy("tiny"));
class Acc {
  constructor() {
    this.v = 1;
  }
}
const acc = new Acc();
Object.defineProperty(acc, "computed", { get() { return 1; }, enumerable: true });
console.log(acc);
