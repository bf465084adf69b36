// Curried calls of known functions: `this`, exceptions, recursion, functions
// used both curried and as values, functions needing their own closure.
const sloppyThis = (a) => function (b) {
  return [a, b, typeof this, this === globalThis];
};
const strictThis = (a) => function (b) {
  "use strict";
  return [a, b, typeof this];
};
console.log(sloppyThis(1)(2), strictThis(1)(2));
const arrowThis = function () {
  return this;
};
console.log(typeof arrowThis());

// Exceptions thrown inside the curried function, and in arguments.
const divide = (a) => (b) => {
  if (b === 0) throw new RangeError("divide " + a + " by zero");
  return a / b;
};
try {
  console.log(divide(6)(3));
  console.log(divide(6)(0));
} catch (e) {
  console.log(e.name, e.message);
}
function boom() {
  throw new Error("boom in argument");
}
let reached = false;
try {
  divide((reached = true))(boom());
} catch (e) {
  console.log(e.message, reached);
}
try {
  divide(1)(2)(3);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Used both curried and as a value.
const mul = (a) => (b) => a * b;
const table = [1, 2, 3].map((k) => mul(k));
console.log(table.map((f) => f(10)), mul(4)(5), [mul][0](2)(3));
const adders = [];
for (let k = 0; k < 4; k++) adders.push(mul(k));
console.log(adders.map((f) => f(7)));

// Functions that need their own closure or `arguments`.
const countArgs = (a) => function (b) {
  return a + arguments.length;
};
const countdown = (a) => function loop(b) {
  return b > 0 ? loop(b - 1) : a + ":" + typeof loop;
};
console.log(countArgs(1)(2, 3, 4), countdown("done")(5));
const withRest = (a) => (...rest) => a + rest.length;
console.log(withRest(10)(1, 2, 3));
const withDefault = (a) => (b = a * 2) => a + b;
console.log(withDefault(5)(), withDefault(5)(1));

// Recursion through curried helpers.
const sumTo = (n) => (acc) => (n === 0 ? acc : sumTo(n - 1)(acc + n));
console.log(sumTo(1000)(0));
const fact = (n) => (acc) => (n <= 1 ? acc : fact(n - 1)(acc * n));
console.log(fact(20)(1));
function ping(n) {
  return (acc) => (n === 0 ? acc : pong(n - 1)(acc + "i"));
}
function pong(n) {
  return (acc) => (n === 0 ? acc : ping(n - 1)(acc + "o"));
}
console.log(ping(9)(""));

// Errors from unbounded curried recursion are catchable RangeErrors.
const forever = (n) => (acc) => forever(n + 1)(acc + 1);
try {
  forever(0)(0);
} catch (e) {
  console.log(e instanceof RangeError);
}

// Function expressions as makers (sloppy, non-arrow).
function makeAdder(a) {
  return function (b) {
    return a + b;
  };
}
console.log(makeAdder(1)(2), makeAdder("a")("b"));
