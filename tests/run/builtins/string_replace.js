var s = "the cat sat on the mat";
console.log(s.replace("the", "a"), s.replaceAll("the", "a"), s.replace("dog", "x"), s.replaceAll("at", "og"));
console.log(s.replace("cat", "[$&]"), s.replace("cat", "$$"), s.replace("cat", "<$`>"), s.replace("cat", "<$'>"));
console.log(s.replace("cat", "$1"), s.replace("cat", "$"), s.replace("cat", "$<n>"), s.replace("cat", "$0$9$x"));
console.log(s.replace("cat", function (m, off, str) { return m.toUpperCase() + off + str.length; }));
console.log(s.replaceAll("the", function (m, off) { return "<" + off + ">"; }));
console.log("aaa".replaceAll("a", "b"), "aaa".replaceAll("aa", "b"), "abc".replaceAll("", "-"), "abc".replace("", "-"));
console.log("x".replace("x", undefined), "x".replace("x", null), "x".replace("x", 5), "1+1".replace(1, 2));
console.log("a.b.c".replaceAll(".", "$&$&"), "$".replace("$", "$$$$"));
var calls = [];
"abab".replaceAll("b", function (m, i) { calls.push(i); return "B"; });
console.log(calls.join(","));
console.log("hello".replace("l", function () { return "$&"; }));
try { "abc".replaceAll("b"); console.log("ok"); } catch (e) { console.log(e.message); }
console.log("abc".replaceAll("b"), "abc".replace("b"));
