// Number locals and arithmetic that stays in float registers (lower reuses
// a double instead of moving it between register files): every way out
// (stores, calls, comparisons, printing) must see the same value as a
// boxed number.
function f(a, b) {
  let x = a * 1, y = b - 0, nan = x / 0 - y / 0, negz = -0 * x, inf = 1 / (x - a);
  const arr = [x, y, nan, negz, inf];
  const obj = { x, nan, negz };
  let sum = 0;
  for (let i = 0; i < 4; i++) {
    sum += arr[i] * 0.5;
    x = x * 1.5 - y;
  }
  console.log(arr, obj, sum, x, typeof nan, Object.is(negz, -0), 1 / negz);
  console.log(nan === nan, nan !== nan, Object.is(nan, NaN), [nan].includes(NaN), [nan].indexOf(NaN));
  console.log(String(x), x.toFixed(3), Math.max(x, nan), Math.min(negz, 0), Math.sqrt(-x));
  let m = new Map([[nan, "nan key"], [negz, "zero key"]]);
  console.log(m.get(NaN), m.get(0), m.size);
  let acc = 0.1;
  for (let k = 0; k < 10; k++) acc += 0.1;
  console.log(acc, acc === 1.1, acc > 1.0999999999999999);
  return [x, nan, negz];
}
console.log(f(3, 2), f(-0, 0), f(1e308, -1e308));
