// Captures through several levels where intermediate functions don't use the variable.
function f(x) {
  return function (y) {
    return function (z) {
      return x + "-" + y + "-" + z;
    };
  };
}
console.log(f(1)(2)(3));
var g = f("a");
var h = g("b");
console.log(h("c"), h("d"), g("e")("f"));
function deep(a) {
  var unused = 0;
  return () => () => () => () => a * 2;
}
console.log(deep(21)()()()());
function level1(v) {
  function level2() { function level3() { return v; } return level3; }
  v = v + "!";
  return level2;
}
console.log(level1("hi")()());
