// Rule: a local bound once to a direct call of a function that only makes
// a closure (its body is `return closure @G [...]`, after boxes of its
// parameters or literals), and afterwards only called, in the same block,
// is never made: the binding keeps F's operands in locals named after it
// (`%c.start'`), makes F's boxes (`%c.count'`), and each call becomes a
// direct call of G's lifted copy with them as captures. A binding used in
// any other way, reassigned, or called before it is made is left alone.
function makeCounter(start, step) {
  let count = start;
  return function () {
    count += step;
    return count;
  };
}
const adder = (a) => (b) => a + b;
let total = 0;
for (let i = 0; i < 3; i++) {
  const c = makeCounter(i, 2);
  c();
  total += c();
}
const add5 = adder(5);
const kept = adder(1);
console.log(total, add5(add5(1)), kept(2), kept === kept);
