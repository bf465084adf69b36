// `x === k` and `x !== k` with a number literal `k` compare the value's bits
// when `x` may be anything; every kind of value on the other side, both
// sides, the zeros (equal to -0 too) and NaN (equal to nothing).
const values = [0, -0, 1, 2, -2, 1.5, 0.1 + 0.2, 0.3, NaN, Infinity, -Infinity,
  2 ** 53, 2 ** 53 + 2, 5e-324, -5e-324, 2147483647, 2147483648, -2147483648,
  "0", "1", "2", "", " ", true, false, null, undefined, {}, [], [2], [0],
  { valueOf() { return 2; } }, new Number(2), function two() { return 2; }];

function row(v) {
  return [
    v === 0, v !== 0, 0 === v, v === -0, -0 !== v,
    v === 1, v !== 1, 1 === v,
    v === 2, 2 !== v, v === -2,
    v === 1.5, v === 0.3,
    v === NaN, v !== NaN, NaN === v,
    v === Infinity, -Infinity === v,
    v === 2 ** 53, v === 5e-324, v === -5e-324,
    v === 2147483647, v === 2147483648, v !== -2147483648,
    v == 2, v == 0,
  ].map(Number).join("");
}
for (const v of values) console.log(String(typeof v).padEnd(9), row(v));

// In conditions, loops and ternaries, with locals that are numbers, int32
// counters and values of any kind.
function classify(x) {
  return x === 3 ? "three" : x !== 4 ? "other" : "four";
}
console.log(classify(3), classify(4), classify("3"), classify(3.0000001),
  classify(new Number(3)), classify(12 / 4), classify(-0 + 3));

let hits = 0;
for (let i = 0; i < 20; i++) {
  if (i === 5) hits += 100;
  if (i * 0.5 === 2) hits += 1000;
  if (-i === 0) hits += 7;
  if (i / 0 === Infinity) hits += 1;
}
console.log(hits);

const states = [0, 1, 2, 3, 2, "2", null, 2.0000000001];
let twos = 0;
let zeros = 0;
for (const s of states) {
  if (s === 2) twos++;
  if (0 === s) zeros++;
  if (s !== 2 && s !== 0) twos += 10;
}
console.log(twos, zeros);

const o = { direction: 1, count: -0 };
console.log(o.direction === 1, o.direction !== 1, o.count === 0, o.count === -0,
  Object.is(o.count, 0));
o.direction = "1";
console.log(o.direction === 1, o.direction !== 1);
