// Rest parameter array vs the arguments object.
function both(a, ...rest) {
  return [arguments.length, rest.length, Array.isArray(arguments), Array.isArray(rest)].join(",");
}
console.log(both(1, 2, 3));
console.log(both());
function modify(a, ...rest) {
  rest[0] = "R";
  return arguments[1] + " " + rest[0];
}
console.log(modify(1, 2, 3));
function slicedRest(...r) { return r.slice(1).join("-"); }
console.log(slicedRest("a", "b", "c"));
function sortRest(...r) { return r.sort().join(""); }
console.log(sortRest("c", "a", "b"));
function count(...r) { return r.filter((x) => x > 1).length; }
console.log(count(1, 2, 3, 0, 5));
var obj = {
  m(...vals) { return this.tag + vals.length; },
  tag: "t"
};
console.log(obj.m(1, 2, 3));
console.log(obj.m.apply(obj, [1, 2]));
console.log(obj.m.call({ tag: "other" }, 1));
function nestedRest(...outer) {
  return function (...inner) { return outer.concat(inner).join(","); };
}
console.log(nestedRest(1, 2)(3, 4));
