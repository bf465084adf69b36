// IIFEs capture a per-iteration copy of a var loop variable.
var fs = [];
for (var i = 0; i < 3; i++) {
  fs.push((function (j) { return function () { return j; }; })(i));
}
console.log(fs[0](), fs[1](), fs[2]());
var gs = [];
for (var k = 0; k < 3; k++) {
  (function () {
    var local = k * k;
    gs.push(() => local);
  })();
}
console.log(gs[0](), gs[1](), gs[2]());
var module1 = (function () {
  var secret = 42;
  return { reveal: function () { return secret; }, bump: function () { secret++; } };
})();
module1.bump();
console.log(module1.reveal(), typeof secret);
