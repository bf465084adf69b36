// A class's instances get an in-object slot per key its constructor and
// methods store on `this` (`instance keys`); a derived class adds its
// parent's at run time.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  normalize() {
    this.length = Math.sqrt(this.x * this.x + this.y * this.y);
    this.x /= this.length;
    this.y /= this.length;
  }
}
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
class Bag {}
const p = new Point3(3, 4, 0);
p.normalize();
console.log(p, new Bag());
