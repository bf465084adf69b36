// David Glasser's "replaceThing" leak (Meteor, 2013). Both closures made in
// replaceThing share one environment; `unused` mentions originalThing, so an
// engine that gives all closures of a scope one shared context keeps every
// previous theThing alive through someMethod, forming an ever-growing chain.
// bibao gives each closure only the variables it uses, so someMethod does not
// capture originalThing and memory stays flat.
//
// Each theThing holds a fresh string of 131,073 characters (256 KB of UTF-16):
// 2.5 GB over 10,000 iterations if the chain were kept.
var STARS = "*";
while (STARS.length < 100000) STARS = STARS + STARS;
var theThing = null;
var iterations = 10000;
function replaceThing(i) {
  var originalThing = theThing;
  var unused = function () {
    if (originalThing) return "hi";
    return "";
  };
  theThing = {
    longStr: (STARS + i).toLowerCase(), // a flat copy (a bare `+` would make a rope sharing STARS)
    someMethod: function () {
      return i;
    },
  };
}

var sum = 0;
for (var i = 0; i < iterations; i++) {
  replaceThing(i);
  sum += theThing.someMethod() + theThing.longStr.length;
}
console.log("sum " + sum);
console.log("last " + theThing.longStr.length);
