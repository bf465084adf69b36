// Calls to const/let bindings holding arrows and function expressions.
"use strict";
function early() {
  return twice(1);
}
try {
  early();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
const twice = (x) => x * 2;
console.log(early(), twice(4));

// `this`: an arrow keeps the module's `this`; a strict function expression
// called plainly gets undefined.
const arrowThis = () => this;
const fnThis = function () {
  return this;
};
console.log(typeof arrowThis(), JSON.stringify(arrowThis()), fnThis());

// arguments, defaults, rest and extra arguments.
const count = function () {
  return arguments.length;
};
const def = (a, b = a + 1) => a + b;
const rest = (a, ...r) => a + r.length;
console.log(count(1, 2, 3), def(1), def(1, 5), rest(1, 2, 3), twice(1, 2, 3));

// Recursion and mutual recursion through const arrows.
const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
console.log(isEven(10), isOdd(7), fib(15));

// A let that is reassigned, including in a for-head update.
let f = () => "first";
console.log(f());
f = () => "second";
console.log(f());
for (let g = () => 0, i = 0; i < 3; g = () => i * 10, i++) {
  console.log(g());
}

// Per-iteration bindings: each call gets its own closure.
const fs = [];
for (let i = 0; i < 3; i++) {
  const get = () => i;
  fs.push(get);
  console.log(get());
}
console.log(fs.map((h) => h()).join(","));

// A switch case binding.
switch (2) {
  case 1:
    const s = () => "one";
    console.log(s());
    break;
  case 2:
    try {
      s();
    } catch (e) {
      console.log(e.name);
    }
}

// The initializer itself calls the binding: still in the TDZ.
try {
  const selfish = ((n) => selfish)(0)();
  console.log(selfish);
} catch (e) {
  console.log(e.name, e.message);
}

// A named function expression calling itself by both names.
const walk = function down(n) {
  return n <= 0 ? "done" : n % 2 ? down(n - 1) : walk(n - 1);
};
console.log(walk(5));

// An assignment to a const throws and leaves the binding alone.
const fixed = () => "fixed";
try {
  fixed = () => "changed";
} catch (e) {
  console.log(e.name);
}
console.log(fixed());

// A nested arrow calling the function expression's own name.
const walk2 = function down(n) {
  const again = () => down(n - 1);
  return n <= 0 ? "done2" : again();
};
console.log(walk2(3));
