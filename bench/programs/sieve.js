// sieve: Sieve of Eratosthenes over plain JS arrays, once with booleans and
// once with numbers (0/1), plus a segmented pass. Array indexing, stores,
// nested loops.

function sieveBool(n) {
  const isComposite = new Array(n + 1);
  for (let i = 0; i <= n; i++) isComposite[i] = false;
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (!isComposite[i]) {
      count++;
      for (let j = i * i; j <= n; j += i) isComposite[j] = true;
    }
  }
  return count;
}

function sieveNum(n) {
  const flags = [];
  for (let i = 0; i <= n; i++) flags.push(1);
  flags[0] = 0;
  flags[1] = 0;
  for (let i = 2; i * i <= n; i++) {
    if (flags[i] === 1) {
      for (let j = i * i; j <= n; j += i) flags[j] = 0;
    }
  }
  let count = 0;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    if (flags[i] === 1) {
      count++;
      sum = (sum + i) % 1000000007;
    }
  }
  return [count, sum];
}

let total = 0;
for (let round = 0; round < 6; round++) {
  total += sieveBool(1000000 + round);
}
console.log("bool sieve total " + total);

const r = sieveNum(5000000);
console.log("primes below 5000000: " + r[0] + ", sum mod p: " + r[1]);

// Small sieve many times (allocation + short loops).
let small = 0;
for (let k = 0; k < 3000; k++) small += sieveBool(1000 + (k % 50));
console.log("small total " + small);
