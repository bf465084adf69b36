// A closure reads the variable itself, so later assignments are visible.
function outer() {
  var x = 1;
  var read = function () { return x; };
  console.log(read());
  x = 2;
  console.log(read());
  x += 40;
  return read;
}
var r = outer();
console.log(r());
let top = "a";
const readTop = () => top;
top = "b";
console.log(readTop());
top = top + "c";
console.log(readTop());
