// `ff = null` releases a closure and everything only it captured: each round
// makes a closure over a fresh 100,000-element array (about 800 KB), uses it,
// and drops it. 2,000 rounds allocate ~1.6 GB in total; memory must stay flat.
var ff = null;
function makeReader(n) {
  var big = new Array(n);
  for (var i = 0; i < n; i++) big[i] = i;
  return function (k) { return big[k % big.length]; };
}

var total = 0;
for (var round = 0; round < 2000; round++) {
  ff = makeReader(100000);
  total += ff(round * 7);
  ff = null;
}
console.log("total " + total);
console.log("ff " + ff);
