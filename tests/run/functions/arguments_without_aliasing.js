// Uses of `arguments` that do not depend on sloppy-mode aliasing with the
// parameters (bibao rejects those that do: tests/diag/sloppy_*).
function readOnly(a, b) {
  const c = a;
  return [c, arguments.length, arguments[1], arguments[2]];
}
function noParams() {
  arguments[0] = 3;
  arguments.length = 5;
  return [arguments[0], arguments.length];
}
function withRest(a, ...r) {
  a = 2;
  return [a, arguments[0], r];
}
function strictBoth(a) {
  "use strict";
  a = 5;
  arguments[0] = 7;
  return [a, arguments[0]];
}
function shadowed(a) {
  const args = [a];
  args[0] = 9;
  return [a, args[0], arguments[0]];
}
// Defaults and patterns make `arguments` unmapped even in sloppy mode;
// `arguments.length` is not an alias of anything.
function withDefault(a = 1) {
  a = 2;
  return arguments[0];
}
function withPattern({ x }) {
  x = 3;
  return [x, arguments[0].x];
}
function setLength(a) {
  arguments.length = 0;
  return [a, arguments.length];
}
console.log(readOnly(1, 2), noParams(1), withRest(1, 2, 3), strictBoth(1), shadowed(4));
console.log(withDefault(7), withPattern({ x: 1 }), setLength(4));
