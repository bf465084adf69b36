// Closures stored as object properties and called later.
function makeStore() {
  var items = [];
  return {
    add: function (v) { items.push(v); return items.length; },
    get: function (i) { return items[i]; },
    size: function () { return items.length; }
  };
}
var s = makeStore();
s.add("x"); s.add("y");
var later = { fn: s.add };
later.fn("z");
console.log(s.size(), s.get(2));
var t = makeStore();
console.log(t.size(), s.size());
var ops = {};
var base = 3;
ops.triple = n => n * base;
base = 5;
console.log(ops.triple(2));
