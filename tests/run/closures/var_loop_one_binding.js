// var in a loop is a single binding shared by all closures.
var fs = [];
for (var i = 0; i < 3; i++) {
  fs.push(function () { return i; });
}
console.log(fs[0](), fs[1](), fs[2]());
i = 100;
console.log(fs[0]());
var gs = [];
for (var j = 0; j < 3; j++) {
  var k = j * 10;
  gs.push(() => j + ":" + k);
}
console.log(gs[0](), gs[2]());
