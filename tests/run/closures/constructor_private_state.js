// Constructors whose methods close over constructor locals.
function Counter(start) {
  var count = start;
  this.inc = function () { count++; return this; };
  this.value = function () { return count; };
}
var a = new Counter(5);
var b = new Counter(100);
a.inc().inc();
b.inc();
console.log(a.value(), b.value());
console.log(a.count, typeof a.inc);
Counter.prototype.describe = function () { return "counter at " + this.value(); };
console.log(a.describe(), b.describe());
