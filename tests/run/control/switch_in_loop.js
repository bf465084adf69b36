// break inside switch leaves the switch; continue goes to the loop.
var out = "";
for (var i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0: out += "z"; break;
    case 1: continue;
    default: out += "t";
  }
  out += i;
}
console.log(out);
var n = 0;
lp: while (true) {
  switch (n) {
    case 3: break lp;
    default: n++;
  }
}
console.log(n);
