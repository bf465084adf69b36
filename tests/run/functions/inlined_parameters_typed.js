// The parameters of an inlined body take the types of their arguments
// (`ir::pointer_free::collect_inlined`): an int32 argument makes an int32
// parameter, a number argument a number parameter. The results must be the
// calls' results exactly.

// Int32 arguments whose sum leaves the int32 range.
function add(a, b) {
  return a + b;
}
let big = 0;
for (let i = 0; i < 4; i++) big = add(2147483647, i);
console.log(big, add(-2147483648, -1), add(1 << 30, 1 << 30));

// The same function called with numbers at one site and strings, objects or
// nothing at others: its parameters cannot be typed.
function twice(x) {
  return x + x;
}
let s = 0;
for (let i = 0; i < 3; i++) s = twice(i) + s;
console.log(s, twice("ab"), twice([1]), twice(), twice(0.5), twice(-0));

// -0 and NaN pass through unchanged.
function same(v) {
  return v;
}
function neg(v) {
  return -v;
}
console.log(Object.is(same(-0), -0), Object.is(neg(0), -0), same(NaN), neg(-2147483648));

// A parameter written inside the body.
function bump(a) {
  a++;
  return a;
}
function half(a) {
  a = a / 2;
  return a;
}
console.log(bump(2147483647), bump(-1), half(3), half(7 | 0));

// Missing arguments are undefined.
function sum3(a, b, c) {
  return a + b + c;
}
console.log(sum3(1, 2, 3), sum3(1, 2), sum3(1), sum3(1, 2, 3, 4));

// Int32 sums through inlined calls.
function mix(a, b) {
  return (a ^ b) * 31;
}
let acc = 1;
for (let i = 0; i < 100000; i++) acc = (mix(acc, i) + i) | 0;
console.log(acc);
let total = 0;
for (let i = 0; i < 100000; i++) total = total + mix(i, 7);
console.log(total);

// Arguments that write a local another argument read.
function pair(a, b) {
  return [a, b];
}
let k = 1;
console.log(pair(k, (k = k + 0.5)), pair(k, (k = "s")), k);

// Curried calls: lifted copies with captures become parameters too.
const add3 = (a) => (b) => (c) => a + b + c;
let r = 0;
for (let i = 0; i < 1000; i++) r = (r + add3(i)(i & 255)(7)) | 0;
console.log(r, add3(2147483647)(1)(1), add3("x")(1)(2), add3(1)(2)("y"));
const mul2 = (a) => (b) => a * b;
console.log(mul2(65536)(65536), mul2(-1)(0), mul2(3)(0.5));

// Inlined method calls with typed arguments and untyped other sites.
class P {
  constructor(x) {
    this.x = x;
  }
  plus(a, b) {
    return this.x + a + b;
  }
}
const p = new P(2147483647);
let m = 0;
for (let i = 0; i < 5; i++) m = p.plus(i, 1);
console.log(m, p.plus("a", 1), new P("s").plus(1, 2), p.plus());
