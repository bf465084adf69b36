console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("B"), "A".localeCompare("a"));
console.log(["banana", "apple", "Cherry", "apple pie", "Apple"].sort(function (x, y) { return x.localeCompare(y); }).join(","));
console.log("abc" < "abd", "abc" < "ab", "Z" < "a", "10" < "9", "é" > "z");
console.log(["b", "a", "c"].sort(function (x, y) { return x.localeCompare(y); }).join(""));
console.log("résumé".localeCompare("resume"), "a1".localeCompare("a2"), "a10".localeCompare("a9"));
console.log("".localeCompare(""), "".localeCompare("a"), "a".localeCompare(""));
console.log(String(1) === "1", String(null), String(undefined), String(true), String([1, 2]), String({}));
console.log("abc".normalize() === "abc", "x".isWellFormed(), String.fromCharCode(0xd800).isWellFormed(), String.fromCharCode(0xd800).toWellFormed().charCodeAt(0));
