// += with strings concatenates; other operators coerce to number.
var s = "a";
s += "b"; console.log(s);
s += 1; console.log(s);
s += null; console.log(s);
var n = 1;
n += "1"; console.log(n, typeof n);
var m = "10";
m -= 1; console.log(m, typeof m);
var k = "3";
k *= "4"; console.log(k);
var acc = "";
for (var i = 0; i < 5; i++) acc += i;
console.log(acc);
