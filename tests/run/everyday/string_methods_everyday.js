// Everyday string methods with string patterns.
const s = "Hello, World! Hello!";
console.log(s.replace("Hello", "Bye"), s.replaceAll("Hello", "Bye"));
console.log(s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("o", 5), s.includes("World"));
console.log(s.split(", "), s.split("l", 3), s.split(""), "".split(","), "a,b,".split(","));
console.log(s.slice(-6, -1), s.substring(5, 0), s.substr ? s.substr(7, 5) : "");
console.log("5".padStart(3, "0"), "abc".padEnd(6, "12"), "x".repeat(3), "ab".repeat(0) === "");
console.log("  trim me  ".trimStart() + "|", "|" + "  trim me  ".trimEnd());
console.log("a-b-c".split("-").reverse().join("+"), "CamelCaseString".toLowerCase());
console.log("abc".localeCompare("abd"), "b".localeCompare("a"), "a".localeCompare("a"));
console.log("price: $5".replace("$", "$$"), "x".replace("x", "$&$&"), "aaa".replace("a", (m) => m.toUpperCase()));
console.log("one two three".split(" ").map((w) => w.length), "abc".startsWith("b", 1), "abc".endsWith("b", 2));
console.log("%d items", 5);
console.log("tab\there", JSON.stringify("q\"uote"), 'single\'s', `multi
line`);
console.log("abc".concat(1, [2, 3]), "Z".charCodeAt(), "abc"[5]);
