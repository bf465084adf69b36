// Two closures sharing one variable: increments by one are seen by the other.
function makePair() {
  var count = 1;
  return {
    inc: function () { count++; },
    get: function () { return count; }
  };
}
var p = makePair();
p.inc();
console.log(p.get());
p.inc();
console.log(p.get());
var q = makePair();
console.log(q.get(), p.get());
q.inc(); q.inc(); q.inc();
console.log(q.get(), p.get());
