// Accumulators and running statistics kept in closures.
function makeStats() {
  var n = 0, sum = 0, min = Infinity, max = -Infinity;
  return function (x) {
    n++; sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
    return n + " " + sum + " " + min + " " + max + " " + sum / n;
  };
}
var st = makeStats();
st(4); st(-2); st(10);
console.log(st(0));
function makeConcat(sep) {
  var acc = "";
  return s => (acc = acc === "" ? s : acc + sep + s);
}
var c = makeConcat(", ");
c("a"); c("b");
console.log(c("c"));
