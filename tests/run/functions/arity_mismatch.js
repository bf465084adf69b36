// Missing arguments are undefined; extra arguments are evaluated but ignored.
function three(a, b, c) { return a + "," + b + "," + c; }
console.log(three(1));
console.log(three(1, 2));
console.log(three(1, 2, 3, 4));
console.log(three());
var evaluated = 0;
function bump() { evaluated++; return evaluated; }
console.log(three(bump(), bump(), bump(), bump(), bump()));
console.log(evaluated);
function none() { return "none"; }
console.log(none(1, 2, 3));
function isMissing(x) { return x === undefined; }
console.log(isMissing(), isMissing(undefined), isMissing(null));
