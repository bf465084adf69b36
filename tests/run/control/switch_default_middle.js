// default in the middle is only taken when nothing matches, then falls through.
function f(v) {
  var s = "";
  switch (v) {
    case "a": s += "A";
    default: s += "D";
    case "b": s += "B"; break;
    case "c": s += "C";
  }
  return s;
}
console.log(f("a"), f("b"), f("c"), f("z"));
