// Static field initializers may reference the class by name (inner binding is initialized).
class Config {
  static version = "1.2";
  static self = Config;
  static doubled = Config.version + Config.version;
  static instance = new Config();
  static get() { return Config.instance; }
}
console.log(Config.self === Config, Config.doubled);
console.log(Config.instance instanceof Config, Config.get() === Config.instance);
class Registry {
  static items = [];
  static add = (x) => { Registry.items.push(x); return Registry.items.length; };
}
console.log(Registry.add("a"), Registry.add("b"), Registry.items.join(","));
