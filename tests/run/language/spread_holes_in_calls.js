// Holes spread into calls become undefined arguments.
function show() { var r = []; for (var i = 0; i < arguments.length; i++) r.push(i in arguments ? String(arguments[i]) : "hole"); return r.join(","); }
console.log(show(...[1, , 3]));
console.log(show(...[, ,]));
function dflt(a = "A", b = "B") { return a + b; }
console.log(dflt(...[, "x"]), dflt(...[undefined]), dflt(...[null]));
var arr = [5, , 7];
console.log(Math.max(...arr), [...arr].indexOf(undefined));
