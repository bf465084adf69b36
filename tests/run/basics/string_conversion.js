// String(v) on primitives.
console.log(String(1));
console.log(String(-0));
console.log(String(1.5));
console.log(String(1e21));
console.log(String(1e-7));
console.log(String(123456789012));
console.log(String(NaN));
console.log(String(Infinity));
console.log(String(true));
console.log(String(null));
console.log(String(undefined));
console.log(String("str"));
console.log(String(0.1 + 0.2));
console.log(String(-1e-7));
console.log(String(2 ** 53));
console.log(String(3) + String(4));
console.log(String(1 / 3).length);
