// Sloppy code: a function expression called plainly through a const gets the
// global object as `this`; an arrow keeps the enclosing `this`.
const kind = function () {
  return typeof this;
};
const isGlobal = function () {
  return this === globalThis;
};
const outer = function () {
  const inner = () => this;
  return inner();
};
console.log(kind(), isGlobal(), outer() === globalThis);
const o = { outer };
console.log(o.outer() === o);
