// The arguments object in everyday use.
function variadic() {
  const parts = [];
  for (let i = 0; i < arguments.length; i++) parts.push(typeof arguments[i]);
  return parts.join(",") + " (" + arguments.length + ")";
}
console.log(variadic(), variadic(1, "a", null, undefined, {}));
function toArray() { return Array.prototype.slice.call(arguments); }
console.log(toArray(1, 2, 3), Array.from((function () { return arguments; })(4, 5)));
function defaults(a, b = 2) { return [a, b, arguments.length, arguments[1]]; }
console.log(defaults(1), defaults(1, undefined), defaults(1, 5, 9));
function outer() {
  const inner = () => arguments[0];
  return inner("ignored");
}
console.log(outer("outer arg"));
function maxOf() { return Math.max.apply(null, arguments); }
console.log(maxOf(3, 9, 2));
function sumAll() { let t = 0; for (const v of arguments) t += v; return t; }
console.log(sumAll(1, 2, 3, 4));
