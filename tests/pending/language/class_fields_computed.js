// Computed class field names are evaluated once, at class definition time.
var n = 0;
var key = "dyn";
class K {
  [key + "Field"] = "dynamic";
  [`f${++n}`] = n;
  ["s" + "x"] = this.dynField + "!";
  static [key.toUpperCase()] = "static computed";
}
var a = new K(), b = new K();
console.log(a.dynField, a.f1, b.f1, a.sx, K.DYN, n);
console.log(Object.keys(a).join(","));
