// Rest parameters captured by closures and reassigned.
function m(...r) { var f = () => r.length; r = [1]; return f(); }
console.log(m(1, 2, 3));
function collect(...items) {
  return { add: (x) => { items = [...items, x]; }, get: () => items.join(",") };
}
var c = collect("a");
c.add("b"); c.add("c");
console.log(c.get());
