// Euclid's gcd, iterative and with do-while.
function gcd(a, b) { while (b !== 0) { var t = a % b; a = b; b = t; } return a; }
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
function lcm(a, b) { return a / gcd(a, b) * b; }
var l = 1;
for (var i = 1; i <= 20; i++) l = lcm(l, i);
console.log(l);
