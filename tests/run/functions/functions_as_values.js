// Functions stored in variables, compared, and printed.
function f() { return 1; }
var g = f;
console.log(g === f, g());
var h = function () { return 1; };
console.log(h === f);
var table = [f, h, x => x];
console.log(table[2](9), table.length);
console.log(f, h);
var ops = { plus: (a, b) => a + b, minus: (a, b) => a - b };
var names = ["plus", "minus"];
for (var i = 0; i < names.length; i++) console.log(names[i], ops[names[i]](8, 3));
