// Rule: calls to a never-reassigned function declaration are `call_direct`
// (also from a nested function, through its environment slot, and recursive
// calls through `callee`); a declaration that is reassigned somewhere is an
// ordinary variable and is called with `call`.
function stable(v) {
  return v <= 0 ? 0 : 1 + stable(v - 1);
}
function swappable(v) {
  return v + 2;
}
function useStable(v) {
  return stable(v) * 10;
}
console.log(useStable(3), swappable(1));
swappable = function (v) {
  return v * 100;
};
console.log(swappable(1));
