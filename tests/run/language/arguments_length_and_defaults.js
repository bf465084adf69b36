// arguments.length counts actual arguments, independent of declared parameters.
function three(a, b, c) { return arguments.length; }
console.log(three(), three(1, 2, 3, 4, 5), three.length);
function trailing(a, b) { return arguments.length + ":" + (b === undefined); }
console.log(trailing(1), trailing(1, undefined));
function variadic() {
  var parts = [];
  for (var i = arguments.length - 1; i >= 0; i--) parts.push(typeof arguments[i]);
  return parts.join(",");
}
console.log(variadic(1, "a", null, undefined, {}, [], () => {}));
function setLength() { arguments.length = 1; return Array.prototype.slice.call(arguments).join(","); }
console.log(setLength(1, 2, 3));
function recurse(n) { return n <= 0 ? arguments.length : recurse(n - 1, "x", "y"); }
console.log(recurse(3));
function argsInLoop() {
  var fns = [];
  for (var i = 0; i < arguments.length; i++) { let v = arguments[i]; fns.push(() => v); }
  return fns.map((f) => f()).join("");
}
console.log(argsInLoop("a", "b", "c"));
