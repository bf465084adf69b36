// Defaults combined with destructuring parameters.
function opts({ size = 10, color = "red" } = {}) { return size + "/" + color; }
console.log(opts(), opts({}), opts({ size: 1 }), opts({ color: null }));
function pair([a = "A", b = "B"] = []) { return a + b; }
console.log(pair(), pair([1]), pair([undefined, 2]), pair("xy"));
function deep({ a: { b = 5 } = {} } = {}) { return b; }
console.log(deep(), deep({ a: {} }), deep({ a: { b: 0 } }));
var make = ({ name, greeting = `hello ${name}` }) => greeting;
console.log(make({ name: "Ann" }), make({ name: "Bob", greeting: "yo" }));
function mixed(x, { y = x } = {}, [z = y] = []) { return [x, y, z].join(","); }
console.log(mixed(1), mixed(1, { y: 2 }), mixed(1, {}, [3]));
try {
  opts(null);
} catch (e) {
  console.log(e instanceof TypeError);
}
