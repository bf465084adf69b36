// Same as the let case, but with const and inside a function body.
function run() {
  function getLimit() { return limit * 2; }
  try { getLimit(); } catch (e) { console.log(e.name + ": " + e.message); }
  const limit = 21;
  return getLimit();
}
console.log(run());
console.log(run());
