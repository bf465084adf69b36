// A mix of arrays, objects, strings, closures and exceptions, meant to run
// under BIBAO_GC=stress: every allocation is followed soon by a collection.
function Point(x, y) {
  this.x = x;
  this.y = y;
  this.label = "p(" + x + "," + y + ")";
}
function abs(v) { return v < 0 ? -v : v; }
Point.prototype.norm1 = function () { return abs(this.x) + abs(this.y); };

function risky(i) {
  var tmp = { i: i, s: "tmp" + i };
  if (i % 3 === 0) throw new Error("boom " + tmp.s);
  if (i % 5 === 0) throw { code: i, list: [i, "c" + i] };
  return tmp;
}

function counterFactory() {
  var n = 0;
  var history = [];
  return {
    inc: function (by) { n += by; history.push("+" + by); return n; },
    log: function () { return history.join(""); },
  };
}

var ALPHABET = "abcdefghijklmnopqrstuvwxyz";
var results = [];
var caught = [];
var counter = counterFactory();
for (var i = 0; i < 300; i++) {
  var p = new Point(i, -i);
  try {
    var r = risky(i);
    results.push(r.s + ":" + p.norm1());
  } catch (e) {
    if (e instanceof Error) caught.push(e.message);
    else caught.push("obj" + e.code + e.list[1]);
  } finally {
    counter.inc(i % 4);
  }
  var words = [];
  for (var j = 0; j < 5; j++) words.push(ALPHABET[(i + j) % 26] + j);
  var w = words.join("-");
  if (i % 50 === 0) console.log(i + " " + w + " " + p.label);
}

var nested = [];
for (var k = 0; k < 100; k++) {
  nested.push({ k: k, inner: { arr: [k, [k, [k]]], f: (function (q) { return function () { return q * 2; }; })(k) } });
}
var nsum = 0;
for (var m = 0; m < nested.length; m++) nsum += nested[m].inner.f() + nested[m].inner.arr[1][1][0];

var s = "";
for (var t = 0; t < 200; t++) s = s + (t % 10);
var sw = 0;
for (var u = 0; u < 100; u++) {
  switch (u % 4) {
    case 0: sw += [u].length; break;
    case 1: sw += ("" + u).length; break;
    default: sw += { v: u }.v % 3;
  }
}

console.log("results " + results.length + " first " + results[0] + " last " + results[results.length - 1]);
console.log("caught " + caught.length + " " + caught[0] + " " + caught[1] + " " + caught[caught.length - 1]);
console.log("counter " + counter.inc(0) + " log " + counter.log().length);
console.log("nested " + nsum + " s " + s.length + " " + s[0] + s[199] + " sw " + sw);
