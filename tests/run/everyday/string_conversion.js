// String conversion of all kinds of values.
const values = [1, -1.5, 0, -0, NaN, Infinity, true, null, undefined, "s", [], [1, [2, 3]], {}, [null, undefined],
  { toString() { return "custom"; } }];
for (const v of values) {
  let str;
  try { str = String(v); } catch (e) { str = "throws " + e.name; }
  console.log(typeof v, JSON.stringify(str));
}
console.log(`${[1, 2]}|${{}}|${null}|${undefined}|${1e21}|${0.000001}`);
console.log("" + [] + {} + [1] + null, [] + 1, [2] * [3], {} + "x");
console.log((123.456).toString(), (100).toString(), (1e-7).toString(), (-1e21).toString());
console.log(String([[], [[]]]), String([,]), String([, 1]));
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(undefined), [null, [undefined, 1]].join("-"));
