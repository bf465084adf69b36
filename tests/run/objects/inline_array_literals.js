// Array literals whose cell and element store compiled code allocates
// inline (up to 30 elements), next to longer ones the runtime makes:
// lengths, holes, growth by push, and survivors kept across collections.

const kept = [];
let sum = 0;
for (let i = 0; i < 20000; i++) {
  const empty = [];
  const one = [i];
  const four = [i, i + 1, i + 2, i + 3];
  const five = [i, "x", null, undefined, { i }];
  const holes = [, i, , i + 1];
  const thirty = [
    i, i, i, i, i, i, i, i, i, i, i, i, i, i, i,
    i, i, i, i, i, i, i, i, i, i, i, i, i, i, i,
  ];
  const thirtyOne = [
    i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i,
    i, i, i, i, i, i, i, i, i, i, i, i, i, i, i,
  ];
  empty.push(i);
  one.push(1, 2, 3, 4);
  four.push(4);
  sum += empty[0] + one.length + four[4] + five[4].i + holes[1] + thirty[29] + thirtyOne.length;
  sum += (0 in holes ? 1000 : 0) + (2 in holes ? 1000 : 0) + holes.length;
  if (i % 4000 === 0) kept.push([empty, one, four, five, holes, thirty.length, thirtyOne.length]);
}
console.log(sum);
for (const k of kept) console.log(JSON.stringify(k), k[4]);
const nested = [[1, [2, [3, []]]], [], [[]]];
console.log(nested, nested.flat(Infinity), Array.isArray(nested[1]));
const a = [1, 2, 3];
a.length = 1;
a[5] = 6;
console.log(a, a.length, Object.getPrototypeOf([]) === Array.prototype);
