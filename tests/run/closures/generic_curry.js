// A curry helper for three-argument functions built from closures.
function curry3(f) {
  return function (a) {
    return function (b) {
      return function (c) { return f(a, b, c); };
    };
  };
}
var vol = curry3((l, w, h) => l * w * h);
var base = vol(2)(3);
console.log(base(4), base(10), vol(1)(1)(1));
var join = curry3(function (a, b, c) { return a + b + c; });
var hello = join("hello")(", ");
console.log(hello("world"), hello("there"));
