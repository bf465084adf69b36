// Method properties: names, lengths, prototype identity, non-enumerability, override by own property.
class K {
  method(a, b) { return "proto"; }
  get acc() { return 1; }
  static stat(x) { return x; }
}
console.log(K.prototype.method.name, K.prototype.method.length, K.stat.name, K.stat.length);
var desc = Object.getOwnPropertyDescriptor(K.prototype, "acc");
console.log(desc.get.name, desc.enumerable, desc.configurable);
var mdesc = Object.getOwnPropertyDescriptor(K.prototype, "method");
console.log(mdesc.enumerable, mdesc.writable, mdesc.configurable);
console.log(Object.keys(K.prototype).length, Object.getOwnPropertyNames(K.prototype).join(","));
var k = new K();
k.method = () => "own";
console.log(k.method(), K.prototype.method.call(k));
delete k.method;
console.log(k.method());
K.prototype.added = function () { return "added later"; };
console.log(k.added());
try { new k.method(); } catch (e) { console.log(e.constructor.name); }
