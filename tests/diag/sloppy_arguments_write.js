// In sloppy mode `arguments[0]` and `a` are one variable; bibao rejects the write.
function viaArguments(a) {
  arguments[0] = "changed";
  return a;
}
function back(a) {
  a = 5;
  return arguments[0];
}
console.log(viaArguments(1), back(1));
