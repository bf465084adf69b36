// var declarations are hoisted and initialised to undefined.
console.log(a);
var a = 1;
console.log(a);
function f() {
  console.log(b);
  if (false) { var b = 2; }
  console.log(b);
  b = 3;
  return b;
}
console.log(f());
var a = 5;
console.log(a);
var a;
console.log(a);
for (var k = 0; k < 2; k++) {}
console.log(k);
{ var inBlock = "visible"; }
console.log(inBlock);
