// Rule: an environment holds only what its closure (or closures nested in it)
// references: `onlyA` gets [a], `onlyB` gets [b], `none` gets nothing, even
// though a, b and c are all in scope. (They escape: closures only called
// would be lifted instead.)
function make(x) {
  const a = x + 1;
  const b = x + 2;
  const c = x + 3;
  const onlyA = () => a;
  const onlyB = () => b * 2;
  const none = () => 0;
  return [onlyA, onlyB, none].map((f) => f() + c);
}
console.log(make(0));
