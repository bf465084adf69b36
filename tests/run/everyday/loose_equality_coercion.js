// == coercion rules.
const pairs = [
  [0, ""], [0, "0"], ["", "0"], [false, "false"], [false, "0"], [null, undefined],
  [null, 0], [undefined, 0], [null, false], [NaN, NaN], [[], ""], [[], 0], [[1], 1],
  [[1, 2], "1,2"], [{}, "[object Object]"], [true, 1], [true, "1"], [true, 2],
  ["1e1", 10], [" 1 ", 1], ["\n", 0], [[null], ""], [[undefined], 0],
];
for (const [a, b] of pairs) {
  console.log(JSON.stringify(a), "==", JSON.stringify(b), a == b, a === b, a != b);
}
const obj = { valueOf() { return 42; } };
console.log(obj == 42, obj === 42, obj + 1, `${obj}`);
const str = { toString() { return "hi"; } };
console.log(str == "hi", str + "!", [1, [2, 3]] == "1,2,3");
console.log(null == null, undefined == undefined, {} == {}, "a" < "b", "10" < "9", 10 < "9");
console.log(1 + "2", "3" * "4", "5" - 2, true + 1, [] + [], [] + {}, null + 1, undefined + 1);
