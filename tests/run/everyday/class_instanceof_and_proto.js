// instanceof, prototype chains, and method lookup order.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  get kind() { return "animal"; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  speak() { return `${super.speak()}; ${this.name} barks`; }
  get kind() { return "dog/" + super.kind; }
}
class Puppy extends Dog { speak() { return super.speak() + " (tiny)"; } }
const zoo = [new Animal("generic"), Dog.create("rex"), Puppy.create("bit")];
for (const a of zoo) console.log(a.speak(), "|", a.kind, a instanceof Dog, a.constructor.name);
console.log(Object.getPrototypeOf(Puppy.prototype) === Dog.prototype, Object.getPrototypeOf(Puppy) === Dog);
console.log(zoo.map((a) => Object.getPrototypeOf(a).constructor.name));
const p = zoo[2];
console.log(p.hasOwnProperty("name"), p.hasOwnProperty("speak"), "speak" in p, Dog.prototype.isPrototypeOf(p));
p.speak = () => "own method wins";
console.log(p.speak(), delete p.speak, p.speak());
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy { get() { return "modern " + super.get(); } }
console.log(new Modern(7).get(), new Modern(1) instanceof Legacy, zoo);
