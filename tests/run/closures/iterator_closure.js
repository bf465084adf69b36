// An iterator implemented with closures over an index.
function iter(arr) {
  var idx = 0;
  return {
    hasNext: () => idx < arr.length,
    next: () => arr[idx++],
    reset: function () { idx = 0; }
  };
}
var it = iter(["a", "b", "c"]);
var out = "";
while (it.hasNext()) out += it.next();
console.log(out, it.next());
it.reset();
console.log(it.next(), it.next());
function range(lo, hi) {
  var cur = lo;
  return function () { if (cur >= hi) return null; return cur++; };
}
var r = range(3, 6), v, acc = 0;
while ((v = r()) !== null) acc += v;
console.log(acc);
