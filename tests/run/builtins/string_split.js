function show(a) { return a.length + ":" + JSON.stringify(a); }
console.log(show("a,b,c".split(",")), show("a,b,c".split(",", 2)), show("a,b,c".split(",", 0)), show("a,b,c".split()));
console.log(show("a,b,c".split(undefined)), show("abc".split("")), show("abc".split("", 2)), show("".split("")), show("".split(",")));
console.log(show("a,,b,".split(",")), show(",a,".split(",")), show("aaa".split("a")), show("aaa".split("aa")));
console.log(show("one  two three".split(" ")), show("a--b--c".split("--")), show("abc".split("abc")), show("abc".split("abcd")));
console.log(show("1,2,3".split(",", -1)), show("1,2,3".split(",", 4294967297)), show("a1b1c".split(1)), show("null-null".split(null)));
console.log(show("a😀b".split("")), show("x".split("x")), show("a,b".split(",", undefined)), show("a,b".split(",", "1")));
var csv = "name,age\nalice,30\nbob,25";
var rows = csv.split("\n").map(function (l) { return l.split(","); });
console.log(rows.length, rows[1][0], rows[2][1]);
console.log("a b c".split(" ").reverse().join(" "));
