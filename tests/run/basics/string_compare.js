// String comparison is lexicographic by UTF-16 code units.
console.log("a" < "b");
console.log("b" < "a");
console.log("B" < "a");
console.log("10" < "9");
console.log(10 < 9);
console.log("abc" < "abd");
console.log("ab" < "abc");
console.log("" < "a");
console.log("a" > "");
console.log("abc" <= "abc");
console.log("abc" >= "abd");
console.log("Z" > "A");
console.log("apple" === "app" + "le");
console.log("a" !== "A");
console.log("\u00e9" > "z");
