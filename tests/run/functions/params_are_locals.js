// Parameters are local: reassigning one does not affect the caller.
function change(x) { x = x + 1; return x; }
var v = 10;
console.log(change(v), v);
function shadow(v) { v = "inner"; return v; }
console.log(shadow(v), v);
function dupUse(a) { var a; return a; }
console.log(dupUse(7));
function reassignLater(a) { var a = a * 2; return a; }
console.log(reassignLater(21));
