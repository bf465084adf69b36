// Numeric literal forms.
console.log(0xff);
console.log(0XAB);
console.log(0o17);
console.log(0b1011);
console.log(.5);
console.log(5.);
console.log(1e3);
console.log(1E-3);
console.log(2.5e+2);
console.log(0.0);
console.log(1000000000000000000000);
console.log(0.000001);
console.log(0x7fffffff + 1);
