// arguments in nested functions and arrows.
function outer() {
  var arrow = () => arguments.length + ":" + arguments[0];
  function inner() { return arguments.length; }
  return arrow() + " " + inner() + " " + inner(1, 2);
}
console.log(outer("x", "y"));
function captureLater() {
  var args = arguments;
  return function () { return args[1]; };
}
console.log(captureLater("a", "b")());
function makeAdder() {
  return () => { var t = 0; for (var i = 0; i < arguments.length; i++) t += arguments[i]; return t; };
}
console.log(makeAdder(1, 2, 3)(100));
var obj = {
  method() { return Array.prototype.join.call(arguments, "+"); },
  arrowInside() { return [1].map(() => arguments[0]).join(); }
};
console.log(obj.method(1, 2), obj.arrowInside("val"));
function applyAll() { return Math.max.apply(null, arguments); }
console.log(applyAll(4, 9, 1));
function passOn() { return applyAll.apply(this, arguments); }
console.log(passOn(5, 6));
