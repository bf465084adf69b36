// In sloppy mode `a` and `arguments[0]` are one variable; bibao rejects the write.
function back(a) {
  a = 5;
  return arguments[0];
}
console.log(back(1));
