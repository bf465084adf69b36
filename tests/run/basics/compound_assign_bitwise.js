// <<= >>= >>>= &= |= ^= on numbers.
var x = 1;
x <<= 10; console.log(x);
x >>= 3; console.log(x);
x |= 5; console.log(x);
x &= 12; console.log(x);
x ^= 255; console.log(x);
var y = -64;
y >>= 2; console.log(y);
y >>>= 28; console.log(y);
var z = 3.7;
z |= 0; console.log(z);
var w = 1;
w <<= 31; console.log(w);
w >>>= 0; console.log(w);
