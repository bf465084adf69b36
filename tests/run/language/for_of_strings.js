// for-of over strings iterates code points.
var out = [];
for (const ch of "hello") out.push(ch);
console.log(out.join("-"));
out = [];
for (const ch of "") out.push(ch);
console.log(out.length);
var count = 0;
for (const ch of "a😀b") count++;
console.log(count, "a😀b".length);
out = [];
for (const ch of "日本語") out.push(ch);
console.log(out.join("|"), out.length);
function countVowels(s) {
  var n = 0;
  for (const c of s.toLowerCase()) if ("aeiou".indexOf(c) >= 0) n++;
  return n;
}
console.log(countVowels("Programming In JavaScript"));
var rev = "";
for (const c of "stressed") rev = c + rev;
console.log(rev);
var freq = {};
for (const c of "mississippi") freq[c] = (freq[c] || 0) + 1;
console.log(Object.keys(freq).map((k) => k + freq[k]).join(" "));
