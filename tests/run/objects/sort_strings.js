// sort strings with explicit comparators.
var words = ["pear", "apple", "fig", "banana", "cherry"];
words.sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
var out = "";
for (var i = 0; i < words.length; i++) out += words[i] + ",";
console.log(out);
words.sort(function (a, b) { return a.length - b.length; });
out = "";
for (var i = 0; i < words.length; i++) out += words[i] + ",";
console.log(out);
words.sort((a, b) => a > b ? -1 : a < b ? 1 : 0);
console.log(words[0], words[words.length - 1]);
