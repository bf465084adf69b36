// String methods across surrogate pairs.
const s = "I ❤️ 🍕 and 🍣!";
console.log(s.length, [...s].length, s.indexOf("🍕"), s.indexOf("🍣"), s.includes("🍣"));
console.log(s.split(" "), s.split(" ").map((w) => w.length));
console.log(s.slice(s.indexOf("🍕"), s.indexOf("🍕") + 2), s.substring(5, 7) === "🍕");
console.log(s.replace("🍕", "pizza"), s.padEnd(20, "*"), "🍕".repeat(3).length);
const codes = [];
for (let i = 0; i < "a🍕".length; i++) codes.push("a🍕".charCodeAt(i).toString(16));
console.log(codes, "a🍕".codePointAt(1).toString(16), "a🍕".codePointAt(2).toString(16));
console.log([..."🍕🍣"].map((c) => c.codePointAt(0)), String.fromCodePoint(0x1f355, 0x41));
const reversedNaive = "ab🍕".split("").reverse().join("");
const reversedOk = [..."ab🍕"].reverse().join("");
console.log(reversedNaive.length, reversedOk, reversedNaive === reversedOk);
console.log(Array.from("🍕x", (c) => c.length), "🍕".at(-1).charCodeAt(0).toString(16));
const counts = {};
for (const ch of "🍕a🍕b🍕") counts[ch] = (counts[ch] || 0) + 1;
console.log(counts);
console.log("Ω≈ç√".length, "日本語".split(""), "日本語".charCodeAt(0), "ｆｕｌｌ".toUpperCase());
console.log(["b", "a", "🍕", "Z", "é"].sort(), "🍕" > "z", "é" > "z");
