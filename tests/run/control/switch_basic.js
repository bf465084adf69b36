// switch selects the matching case with strict equality.
function name(n) {
  switch (n) {
    case 1: return "one";
    case 2: return "two";
    case "2": return "string two";
    case 3: return "three";
    default: return "many";
  }
}
console.log(name(1), name(2), name("2"), name(3), name(4), name("1"));
var x = 5, r;
switch (x * 2) {
  case 5: r = "five"; break;
  case 10: r = "ten"; break;
  case 15: r = "fifteen"; break;
}
console.log(r);
