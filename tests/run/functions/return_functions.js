// Functions returning functions returning functions.
function adder(a) { return function (b) { return a + b; }; }
var add5 = adder(5);
console.log(add5(1), add5(10), adder(1)(1));
function pick(which) {
  if (which === "sq") return function (x) { return x * x; };
  if (which === "neg") return x => -x;
  return function id(x) { return x; };
}
console.log(pick("sq")(4), pick("neg")(4), pick("?")(4));
console.log(pick("?"));
