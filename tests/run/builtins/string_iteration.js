var s = "héllo 😀 wörld";
console.log(s.length, Array.from(s).length, Array.from(s).join("|"));
var codes = [];
for (var i = 0; i < s.length; i++) codes.push(s.charCodeAt(i).toString(16));
console.log(codes.join(" "));
var cps = [];
for (var i = 0; i < s.length; i++) { var cp = s.codePointAt(i); cps.push(cp); if (cp > 0xffff) i++; }
console.log(cps.join(","), String.fromCodePoint.apply(null, cps) === s);
var counts = {};
s.split("").forEach(function (ch) { counts[ch] = (counts[ch] || 0) + 1; });
console.log(counts.l, counts.o, counts[" "]);
console.log(s.split(" ").map(function (w) { return w.length; }).join(","), s.split("").reverse().join("").length);
var rev = Array.from("abc😀").reverse().join("");
console.log(rev, rev.length);
var words = "the rain in spain falls mainly".split(" ");
console.log(words.map(function (w) { return w.charAt(0).toUpperCase() + w.slice(1); }).join(" "));
console.log(words.filter(function (w) { return w.includes("ain"); }).join(","), words.sort().join(" "));
console.log("a-b_c d".split("-").join("_").split("_").join(" ").split(" ").length);
