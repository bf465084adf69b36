// let declared in a while body is a fresh binding per iteration.
var fs = [];
var i = 0;
while (i < 3) {
  let captured = i;
  fs.push(() => captured);
  i++;
}
console.log(fs[0](), fs[1](), fs[2]());
var gs = [];
var n = 0;
while (n < 3) {
  var shared = n;
  gs.push(() => shared);
  n++;
}
console.log(gs[0](), gs[1](), gs[2]());
