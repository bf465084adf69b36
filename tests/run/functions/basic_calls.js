// Function declarations, calls and return values.
function add(a, b) { return a + b; }
function noReturn() { var x = 1; }
function emptyReturn() { return; }
console.log(add(2, 3));
console.log(add("a", "b"));
console.log(add(add(1, 2), add(3, 4)));
console.log(noReturn());
console.log(emptyReturn());
function square(x) { return x * x; }
var total = 0;
for (var i = 1; i <= 4; i++) total += square(i);
console.log(total);
