// Rule: calling the result of a direct call to a function whose whole body
// is `return closure @G [...]` of its parameters calls a lifted copy of G
// (`lifted copy of @G`) with those values as captures: no closure is made.
// Chains flatten from the inside out. Arguments the captures need are kept
// in temporaries (`%b'`) unless they are constants or reads nothing later
// can change; G itself keeps its closure version for other uses.
const add3 = (a) => (b) => (c) => a + b + c;
function scaled(k) {
  // A lifted maker: its captured `k` becomes a capture of the copy too.
  const mk = (a) => (b) => a * b + k;
  return mk(2)(3);
}
let i = 5;
console.log(add3(i)(i & 255)(7), scaled(10));
const partial = add3(1)(2); // allocates only the last closure
console.log(partial(3), add3(1, "extra")(2)(i++));
// A maker that is also used as a value still has its calls specialized.
const mul = (a) => (b) => a * b;
const alias = mul;
console.log(mul(2)(3), alias(2)(3));
