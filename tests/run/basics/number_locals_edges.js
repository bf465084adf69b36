// Locals the compiler proves are always numbers get arithmetic without tag
// checks; these programs check the edges of that proof against node.

// Reads before the first write see undefined, not a number.
function early(c) {
  var a;
  const before = a + 1; // NaN: a is undefined here
  a = 2;
  const after = a + 1;
  var b;
  if (c) b = 5;
  return [before, after, b + 1, typeof b];
}
console.log(early(true), early(false));

// A loop whose body may not run leaves the variable undefined.
function loopMaybe(n) {
  var last;
  for (let i = 0; i < n; i++) last = i * 2;
  return [last, last + 1];
}
console.log(loopMaybe(0), loopMaybe(3));

// Writes in a try are not definite after it.
function tried(o) {
  var t;
  try {
    t = o.v * 2;
  } catch (e) {
    // t stays undefined
  }
  return t + 1;
}
console.log(tried({ v: 4 }), tried(null));

// Short-circuit writes are not definite after the operator.
function shortCircuit(c) {
  var g;
  c && (g = 3);
  var h;
  c || (h = 4);
  return [g + 1, h + 1];
}
console.log(shortCircuit(true), shortCircuit(false));

// Switch cases and labelled blocks.
function switched(k) {
  var s;
  switch (k) {
    case 1:
      s = 10;
      break;
    case 2:
      s = 20;
  }
  var l;
  out: {
    if (k === 1) break out;
    l = 7;
  }
  return [s + 1, l * 2];
}
console.log(switched(1), switched(2), switched(3));

// Number-typed locals: -0, NaN, Infinity and large values stay exact.
function numbers(x) {
  let z = 0;
  z = -z;
  const negZero = 1 / z;
  let n = 0 / 0;
  const nanCmp = [n < 1, n > 1, n === n, n !== n];
  let big = 2 ** 53;
  big = big + 1;
  let inf = 1 / 0;
  inf = inf - inf;
  let i = 5;
  const post = i++;
  const pre = ++i;
  let d = 10;
  d--;
  --d;
  const u = -d;
  const p = +d;
  return [negZero, nanCmp, big, inf, post, pre, i, d, u, p, x];
}
console.log(numbers(1));

// A local that later becomes a string is not a number local.
function becomesString(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += i;
    if (i === 2) acc += "!";
  }
  return acc;
}
console.log(becomesString(5));

// Numbers mixed with objects whose valueOf runs.
function withValueOf() {
  let calls = 0;
  const o = { valueOf() { calls++; return 3; } };
  let a = 1;
  a = a + 2;
  const b = a * o;
  const c = a - o;
  const d = a < o;
  let e = 0;
  e += o;
  return [a, b, c, d, e, calls];
}
console.log(withValueOf());

// Array indexing with number locals, including fractions and negatives.
function indexing() {
  const arr = [10, 20, 30];
  let i = 1;
  const half = i / 2;
  const neg = i - 2;
  let sum = 0;
  for (let k = 0; k < arr.length; k++) sum += arr[k];
  return [arr[i], arr[half], arr[neg], arr[i + 1], arr[i * 3], sum];
}
console.log(indexing());

// Conditional and comma expressions of numbers.
function mixed(c) {
  let a = c ? 1 : 2.5;
  let b = (a++, a * 2);
  let m = a > b ? a : b;
  m %= 3;
  let s = m << 2;
  s >>>= 1;
  s = ~s;
  return [a, b, m, s];
}
console.log(mixed(true), mixed(false));
