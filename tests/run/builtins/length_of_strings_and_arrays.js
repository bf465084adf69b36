// `.length` of strings and arrays is read inline (`lower`'s
// `known_length`); everything else asks the runtime.
let rope = "";
for (let i = 0; i < 5; i++) rope += "ab" + i;
console.log(rope.length, "".length, "😀é".length, "\u0000x".length);
let joined = "";
for (let i = 0; i < rope.length; i++) joined += rope[i] === "a" ? "A" : rope[i];
console.log(joined, joined.length);
const lengths = [];
for (const v of ["", "abc", [], [1, 2], [, , ,], { length: 7 }, function (a, b) {}]) {
  lengths.push(v.length);
}
console.log(lengths);
const big = new Array(100000);
console.log(big.length, big.concat([1]).length);
const arr = [1, 2, 3];
arr.length = 1;
console.log(arr.length, arr);
String.prototype.extra = 1;
console.log("xyz".length, "xyz".extra);
let count = 0;
const s = "hello world";
for (let i = s.length - 1; i >= 0; i--) if (s[i] === "o") count++;
console.log(count);
let n = 0;
const holder = { s: "abcd" };
while (n < holder.s.length) {
  n++;
  if (n === 2) holder.s = "ab";
}
console.log(n);
