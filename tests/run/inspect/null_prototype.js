// Objects without a prototype, and prototypes without constructors.
var bare = Object.create(null);
console.log(bare);
bare.x = 1;
bare.y = "two";
console.log(bare);
console.log({ bare: bare });
console.log([bare]);
console.log({ a: { b: { c: bare } } });
var emptyBare = Object.create(null);
console.log({ a: { b: { c: emptyBare } } });
var child = Object.create(bare);
child.z = 3;
console.log(child);
var childEmpty = Object.create(Object.create(null));
console.log(childEmpty);
var inherits = Object.create({ inherited: true });
inherits.own = 1;
console.log(inherits);
var arr = [1, 2, 3];
Object.setPrototypeOf(arr, null);
console.log(arr);
function f() {}
Object.setPrototypeOf(f, null);
console.log(f);
var proto = { hello: function () {} };
var viaProto = Object.create(proto);
viaProto.v = 1;
console.log(viaProto);
function Named() {}
var fromNamed = Object.create(Named.prototype);
fromNamed.k = "v";
console.log(fromNamed);
