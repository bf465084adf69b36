// A closure slot overwritten with a non-function, called later: uncaught TypeError.
function make() {
  var cb = () => "ok";
  return { invoke: () => cb(), set: (v) => { cb = v; } };
}
var m = make();
console.log(m.invoke());
m.set(42);
console.log(m.invoke());
