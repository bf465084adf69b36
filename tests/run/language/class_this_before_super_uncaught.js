// Uncaught ReferenceError from using this before super().
class Base {}
class Derived extends Base {
  constructor() {
    console.log("before");
    this.x = 1;
    super();
  }
}
new Derived();
console.log("unreachable");
