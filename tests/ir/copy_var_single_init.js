// Rule: a `var` with a single initializer that runs before the closure is
// created, and never assigned afterwards, is copied (`env [limit]`), not boxed.
function makeCheck() {
  var limit = 10;
  var check = function (v) {
    return v < limit;
  };
  return check;
}
var c = makeCheck();
console.log(c(3), c(30));
