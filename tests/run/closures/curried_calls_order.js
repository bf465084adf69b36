// Curried calls of known functions: argument evaluation order, missing and
// extra arguments, later arguments changing earlier variables.
const log = [];
function t(name, v) {
  log.push(name);
  return v;
}
const add3 = (a) => (b) => (c) => a + b + c;
const pair = (a) => (b) => [a, b];

console.log(add3(t("a", 1))(t("b", 2))(t("c", 3)), log.join(","));
log.length = 0;
console.log(add3(t("a", 1), t("extra1", 0), t("extra2", 0))(t("b", 2), t("extra3", 0))(t("c", 3)), log.join(","));
log.length = 0;
console.log(add3()(2)(3), add3(1)()(3), add3("x")("y")(), pair()());

// A later argument assigns a variable an earlier one read.
let x = 1;
console.log(add3(x)((x = 10))(x), x);
let i = 0;
console.log(add3(i++)(i++)(i++), i);
console.log(pair(i)(i += 5), i);

// A later argument changes a captured (boxed) variable through a closure.
let y = 1;
const bump = () => ++y;
console.log(add3(y)(bump())(y), y);
console.log(pair(y)(bump()), pair(bump())(y));

// Arguments that are objects and calls (values kept across calls).
const objs = pair({ k: 1 })([t("o", 2)]);
console.log(JSON.stringify(objs), log.join(","));

// Each partial application is a fresh closure.
const p1 = add3(1)(2);
const p2 = add3(1)(2);
console.log(p1 === p2, p1(3), p2(4), p1.length, JSON.stringify(p1.name));

// Inside a maker with captured variables (lifted with captures).
function scaled(k) {
  let total = 0;
  const mk = (a) => (b) => {
    total += a * b + k;
    return total;
  };
  mk(1)(2);
  mk(t("m1", 3))(t("m2", 4));
  const keep = mk(5);
  keep(6);
  return total;
}
console.log(scaled(10), log.join(","));

// In a hot loop, with values kept alive across many allocations.
let acc = 0;
const arr = [];
for (let j = 0; j < 2000; j++) {
  const r = pair({ j })([j, j * 2]);
  arr.push(r);
  acc = (acc + add3(j)(j & 7)(r[1][1])) | 0;
}
console.log(acc, arr[1999][0].j, arr[1234][1][1]);

// A repeated sloppy parameter name: the last argument wins.
function dup(a, a) {
  return function (b) {
    return [a, b];
  };
}
console.log(dup(1, 2)(3), dup(1)(3));
