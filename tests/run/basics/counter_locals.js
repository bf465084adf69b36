// Counter locals (`ir::int32::counter_locals`): integers that start as an
// int32 and move by ++ / --, kept in a 64-bit register. Every use must see
// the same number a double would hold.

// Past the int32 range in both directions.
let up = 2147483646;
up++;
up++;
++up;
console.log(up, up | 0, up >>> 0, up & 1, up ^ 0, ~up, up << 1, up >> 1);
console.log(up === 2147483649, up > 2147483648, up < 2147483650, up == 2147483649.5);
let down = -2147483647;
down--;
down--;
--down;
console.log(down, down | 0, down >>> 0, -down, down * 2, down / 2, down % 7);
console.log(String(down), `${up}`, [up, down], { up, down });

// Prefix and postfix results.
let p = 5;
const a1 = p++;
const a2 = ++p;
const a3 = p--;
const a4 = --p;
console.log(a1, a2, a3, a4, p);

// An int32 sum whose leaf is a counter past the range.
let s = 0;
let big = 4294967294;
big = 2147483647;
big++;
s = (s + big) | 0;
console.log(s, (big + big) | 0, (big - 1) | 0, (big * 3) | 0);

// Loops bounded by `.length` on arrays, strings, array-likes and getters.
const arr = [10, 20, 30];
let sum = 0;
for (let i = 0; i < arr.length; i++) sum += arr[i];
console.log(sum);
const str = "héllo";
let codes = 0;
for (let i = 0; i < str.length; i++) codes += str.charCodeAt(i);
console.log(codes);
const like = { length: 3.5, 0: "a", 1: "b", 2: "c", 3: "d" };
let seen = "";
for (let i = 0; i < like.length; i++) seen += like[i];
console.log(seen);
let reads = 0;
const getter = {
  get length() {
    reads++;
    return reads < 4 ? 10 : -1;
  },
};
let steps = 0;
for (let i = 0; i < getter.length; i++) steps++;
console.log(steps, reads);
const weird = [{ length: "2" }, { length: null }, { length: undefined }, { length: NaN }, {}];
for (const w of weird) {
  let n = 0;
  for (let i = 0; i < w.length; i++) n++;
  let m = 0;
  for (let j = 5; j >= w.length; j--) m++;
  console.log(n, m);
}

// The array grows and shrinks while the loop runs.
const grow = [1];
for (let i = 0; i < grow.length; i++) if (grow.length < 6) grow.push(i);
console.log(grow);
const shrink = [1, 2, 3, 4, 5, 6];
let kept = 0;
for (let i = 0; i < shrink.length; i++) {
  shrink.pop();
  kept++;
}
console.log(kept, shrink);
let other = [1, 2];
for (let i = 0; i < other.length; i++) if (i === 1) other = "abcdef";
console.log(other);

// Counters as indexes: negative, past the end, on holes and non-arrays.
const holes = [1, , 3];
let neg = -2;
neg--;
const out = [];
for (let i = neg; i <= holes.length; i++) out.push(holes[i]);
console.log(out);
const keyed = { "-1": "minus one", 0: "zero" };
let k = -1;
console.log(keyed[k], keyed[++k], keyed[++k]);
const ta = [];
let w = 0;
ta[w++] = "x";
ta[w++] = "y";
console.log(ta, w);

// Other comparisons with counters.
let c = 0;
while (c < 2.5) c++;
console.log(c, c < NaN, c >= NaN, c == "3", c === 3, c !== 3.0, c < "10");
let e = 0;
e++;
const big2 = 9007199254740993;
console.log(e < big2, e > -Infinity, e == 1, e === 1.0);

// Counters written as another counter plus or minus one.
const nums = [5, 1, 4, 2, 3];
const pairs = [];
for (let i = 0; i < nums.length; i++) {
  for (let j = i + 1; j < nums.length; j++) if (nums[i] > nums[j]) pairs.push(nums[i] - nums[j]);
}
console.log(pairs);
let top = 2147483647;
top++;
let above = top + 1;
let below = 1 + top;
let under = top - 1;
above++;
console.log(top, above, below, under, above | 0, under >>> 0, above - below);
let bottom = -2147483648;
bottom--;
let lower = bottom - 1;
lower--;
console.log(bottom, lower, lower | 0, lower < bottom, lower === -2147483651);
