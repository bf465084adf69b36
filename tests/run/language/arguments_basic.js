// The arguments object: length, indexing, not an array.
function f() { return arguments.length; }
console.log(f(), f(1), f(1, 2, 3), f(undefined));
function g(a, b) { return [arguments[0], arguments[1], arguments[2], arguments.length].join("|"); }
console.log(g(1), g(1, 2, 3));
function kind() { return Array.isArray(arguments); }
console.log(kind());
function toArr() { return Array.prototype.slice.call(arguments); }
console.log(toArr(3, 4, 5).join(","), Array.isArray(toArr()));
function fromArr() { return Array.from(arguments).reverse().join(""); }
console.log(fromArr("a", "b", "c"));
function maxOf() {
  var m = -Infinity;
  for (var i = 0; i < arguments.length; i++) if (arguments[i] > m) m = arguments[i];
  return m;
}
console.log(maxOf(3, 7, 2), maxOf());
function outOfRange() { return arguments[5]; }
console.log(outOfRange(1));
function writeArgs() { arguments[0] = "w"; return arguments[0] + arguments.length; }
console.log(writeArgs("r"));
function keysOfArgs() { return Object.keys(arguments).join(","); }
console.log(keysOfArgs("a", "b"));
