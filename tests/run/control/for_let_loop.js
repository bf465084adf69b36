// for loops with let heads are block scoped.
let i = "outer";
let log = "";
for (let i = 0; i < 4; i++) log += i;
console.log(log, i);
let total = 0;
for (let a = 1, b = 10; a < b; a++, b--) total += a * b;
console.log(total);
for (let k = 0; k < 3; k++) {
  let k2 = k * k;
  console.log(k, k2);
}
console.log(typeof k);
