var xs = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 2.4, -2.6, 0, -0, 4503599627370495.5, -4503599627370495.5, 1e300, NaN, Infinity, -Infinity, -0.2, 0.2];
for (var i = 0; i < xs.length; i++) {
  var r = Math.round(xs[i]);
  console.log(String(xs[i]), r, Object.is(r, -0));
}
console.log(Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(NaN, 1));
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.max(0, -0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.min(-0, 0), -0));
console.log(Math.max("7", 3), Math.min([2], 5), Math.max(null, -1), Math.max(undefined, 1), Math.max(-Infinity, -1e308));
var nums = [5, 2, 9, 1, 7];
console.log(Math.max.apply(null, nums), Math.min.apply(Math, nums));
var r = [];
for (var i = 0; i < 1000; i++) { var x = Math.random(); if (x < 0 || x >= 1) r.push(x); }
console.log(r.length, typeof Math.random());
var dice = {};
for (var i = 0; i < 600; i++) { var d = Math.floor(Math.random() * 6) + 1; dice[d] = (dice[d] || 0) + 1; }
console.log(Object.keys(dice).join(","), Object.keys(dice).every(function (k) { return dice[k] > 50; }));
