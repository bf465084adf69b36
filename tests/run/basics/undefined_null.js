// undefined and null: printing, typeof, arithmetic, equality.
var u;
var n = null;
console.log(u, n);
console.log(typeof u, typeof n);
console.log(u == n, u === n);
console.log(u == 0, n == 0);
console.log(u == false, n == false);
console.log(n + 1, u + 1);
console.log(n * 5);
console.log(u === undefined);
console.log(String(u), String(n));
console.log(n >= 0, n <= 0, n > 0);
console.log(u >= 0, u <= 0);
console.log(void 0 === u);
