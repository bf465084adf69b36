// case labels are arbitrary expressions evaluated in order until a match.
var log = "";
function val(v) { log += "[" + v + "]"; return v; }
switch (3) {
  case val(1): console.log("one"); break;
  case val(3): console.log("three"); break;
  case val(5): console.log("five"); break;
}
console.log(log);
var t = true;
switch (t) {
  case 1 > 2: console.log("wrong"); break;
  case 2 > 1: console.log("right"); break;
}
switch (NaN) { case NaN: console.log("nan matched"); break; default: console.log("nan unmatched"); }
