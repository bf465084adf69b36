// Sieve of Eratosthenes using an array and nested loops.
var n = 100;
var composite = [];
for (var i = 0; i <= n; i++) composite.push(false);
var primes = [];
for (var p = 2; p <= n; p++) {
  if (composite[p]) continue;
  primes.push(p);
  for (var m = p * p; m <= n; m += p) composite[m] = true;
}
console.log(primes.length);
var s = "";
for (var k = 0; k < primes.length; k++) s += primes[k] + " ";
console.log(s);
