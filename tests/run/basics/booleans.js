// Booleans: printing, arithmetic coercion and comparisons.
var t = true, f = false;
console.log(t, f);
console.log(t === true, f === false);
console.log(t + 1, f + 1);
console.log(t + t);
console.log(t > f);
console.log(String(t), String(f));
console.log(t + "");
console.log(1 < 2 === true);
console.log(!t === f);
console.log(typeof t);
console.log(t == 1, t == 2, f == 0, f == "");
console.log(t * 10);
