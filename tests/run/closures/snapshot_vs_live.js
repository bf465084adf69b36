// Capturing the live variable vs. a snapshot passed as a parameter.
var x = 1;
var live = () => x;
var snap = (function (v) { return () => v; })(x);
x = 2;
console.log(live(), snap());
function capture(val) { return () => val; }
var fs = [];
var y = "a";
fs.push(capture(y));
y = "b";
fs.push(capture(y));
fs.push(() => y);
y = "c";
console.log(fs[0](), fs[1](), fs[2]());
