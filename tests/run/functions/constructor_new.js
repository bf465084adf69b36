// new F() creates an object with properties set through this.
function Point(x, y) { this.x = x; this.y = y; }
var p = new Point(3, 4);
console.log(p.x, p.y);
var q = new Point(-1);
console.log(q.x, q.y);
p.x = 10;
console.log(p.x, q.x);
function Counter() { this.count = 0; this.inc = function () { this.count++; return this; }; }
var c = new Counter();
c.inc().inc().inc();
console.log(c.count);
console.log(typeof p, typeof Point);
function Empty() {}
var e = new Empty();
console.log(typeof e);
