// Long strings stay on one line unless they contain newlines.
function rep(s, n) { var r = ""; for (var i = 0; i < n; i++) r += s; return r; }
var long = rep("The quick brown fox jumps over the lazy dog. ", 3);
console.log([long]);
console.log({ k: long });
console.log({ k: "short" });
var multi = "line one\nline two\nline three is the longest line of them all, truly it is";
console.log({ multi: multi });
console.log([multi]);
console.log({ a: { b: multi } });
console.log([rep("ab\n", 10)]);
console.log({ exact: rep("x", 70) + "\n" });
console.log({ exact: rep("x", 80) + "\nend" });
console.log([rep("y", 20) + "\n" + rep("z", 60)]);
console.log(rep("top level is raw\n", 3));
var items = [];
for (var i = 0; i < 5; i++) items.push(rep("w", 30 + i));
console.log(items);
console.log([rep("\n", 20)]);
console.log([rep("x\n", 9) + "end"]);
console.log({ k: rep("x", 17) + "\n" });
