// .length and indexing on strings.
var s = "hello";
console.log(s.length);
console.log(s[0]);
console.log(s[4]);
console.log(s[s.length - 1]);
console.log(s[5]);
console.log(s[-1]);
console.log("".length);
console.log(""[0]);
var i = 1;
console.log(s[i + 1]);
var rev = "";
for (var j = s.length - 1; j >= 0; j--) rev = rev + s[j];
console.log(rev);
console.log(("ab" + "cd").length);
console.log("xyz"[1] === "y");
console.log(typeof s[0]);
