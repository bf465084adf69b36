// Static methods and static fields; static fields referencing the class.
class Config {
  static defaults = { depth: 2 };
  static version = "1." + 2;
  static doubled = this.version + this.version;
  static count = 0;
  static create() { Config.count++; return new Config(); }
  static describe() { return this.name + " v" + this.version; }
}
console.log(Config.version, Config.doubled);
console.log(Config.defaults.depth);
Config.create(); Config.create();
console.log(Config.count);
console.log(Config.describe());
var inst = new Config();
console.log(inst.version, typeof inst.create);
class Sub extends Config {
  static version = "2.0";
  static describe() { return "Sub:" + super.describe(); }
}
console.log(Sub.describe(), Sub.count, Sub.defaults === Config.defaults);
Sub.count = 100;
console.log(Sub.count, Config.count, Sub.hasOwnProperty("count"));
class MathUtil {
  static square(x) { return x * x; }
  static sumSquares(...xs) { return xs.reduce((a, x) => a + MathUtil.square(x), 0); }
  static ["cu" + "be"](x) { return x ** 3; }
}
console.log(MathUtil.square(4), MathUtil.sumSquares(1, 2, 3), MathUtil.cube(3));
var sq = MathUtil.square;
console.log(sq(9));
console.log(Object.keys(Config).join(","));
