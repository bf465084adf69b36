// Wrapper objects: [Number: 3], [String: 'x'], [Boolean: true].
console.log(new Number(3), new Number(-0), new Number(NaN));
console.log(new String("abc"), new String("it's"), new String(""));
console.log(new Boolean(true), new Boolean(false));
console.log([new Number(1), new String("s"), new Boolean(true)]);
console.log({ n: new Number(1.5), s: new String("str") });
var n = new Number(5);
n.extra = "v";
console.log(n);
var b = new Boolean(true);
b.why = "because";
console.log(b);
console.log({ a: { b: { c: new Number(7) } } });
console.log(Object(1), Object("x"), Object(false));
