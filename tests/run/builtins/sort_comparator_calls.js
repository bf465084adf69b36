// Array.prototype.sort calls the comparator in V8's order (TimSort: a run
// found at the start, then binary insertion), so comparators with side
// effects and inconsistent comparators behave as in node.

const log = [];
const logged = (a, b) => {
  log.push(a + "?" + b);
  return a - b;
};
for (const input of [[3, 1, 2], [1, 2, 3, 4], [4, 3, 2, 1], [5, 1, 4, 2, 3], [2, 2, 1, 1], [9]]) {
  log.length = 0;
  const out = input.slice().sort(logged);
  console.log(JSON.stringify(input), "->", JSON.stringify(out), log.join(" "));
}

// A boolean comparator (a common mistake): never negative.
const words = ["pear", "apple", "fig", "banana", "kiwi", "cherry", "date", "grape"];
console.log(words.slice().sort((a, b) => a > b).join(" "));
console.log(words.slice().sort((a, b) => a < b).join(" "));
const nums = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 10];
console.log(nums.slice().sort((a, b) => a > b).join(" "));
console.log(nums.slice().sort((a, b) => b > a).join(" "));

// An inconsistent but deterministic comparator (below 64 values; longer
// arrays match node only for consistent comparators).
let state = 7;
const flaky = () => {
  state = (state * 31 + 11) % 97;
  return (state % 3) - 1;
};
for (let n = 2; n <= 63; n += 15) {
  state = 7;
  const a = Array.from({ length: n }, (_, i) => (i * 37) % n);
  console.log(n, a.sort(flaky).join(","));
}

// Calls counted for longer inputs with a consistent comparator: only the
// result is compared (any stable sort agrees).
const big = Array.from({ length: 200 }, (_, i) => ({ k: (i * 7919) % 50, i }));
const sorted = big.slice().sort((x, y) => x.k - y.k);
console.log(sorted.slice(0, 12).map((o) => o.k + ":" + o.i).join(" "));
console.log([3, undefined, 1, , 2].sort((a, b) => b - a), [3, 1, 2].toSorted((a, b) => a > b));
