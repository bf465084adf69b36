// Runtime code that calls back into compiled code (valueOf, toString, getters,
// setters, constructors) while it still needs other heap values. The other
// operand is a fresh temporary that compiled code no longer holds, so only
// the runtime can keep it alive. Run under BIBAO_GC=stress.
function churn() {
  var junk = [];
  for (var i = 0; i < 20; i++) junk.push({ i: i, s: "junk" + i });
  return junk.length;
}
var valued = { valueOf: function () { churn(); return 1; } };
var named = { toString: function () { churn(); return "key"; } };
var half = { valueOf: function () { churn(); return 0.5; } };

var out = [];
for (var round = 0; round < 3; round++) {
  // + with an object on the left: the right operand is a fresh string.
  out.push(valued + ("tail" + round));
  // relational and equality operators.
  out.push(valued < ("9" + round));
  out.push((round + 0.5 + "") == half);
  // - * with a fresh object on the right.
  out.push(valued - { valueOf: function () { return 10 + round; } });
  // Computed keys: the object is fresh, the key converts through toString.
  out.push({ key: "v" + round }[named]);
  var target = {};
  target[named] = "set" + round;
  out.push(target.key);
  out.push(named in { key: 1 });
  var d = { key: 1, other: 2 };
  delete d[named];
  out.push(Object.prototype.hasOwnProperty.call(d, "key"));
  var lit = { [named]: "computed" + round };
  out.push(lit.key);
}

// Constructors nested inside constructors: the outer `new` must not lose
// track of its new.target while the inner one runs.
function makeCtor(tag) {
  function Inner() { this.made = tag + churn(); }
  // After `new Inner()` Outer no longer uses its environment, so nothing
  // but the runtime's saved new.target refers to Outer while its loop polls.
  function Outer() {
    this.inner = new Inner();
    var a = [];
    for (var i = 0; i < 30; i++) a.push({ s: "o" + i });
    this.after = [a.length, a[29].s];
  }
  Outer.prototype = { kind: "outer" };
  return Outer;
}
for (var k = 0; k < 3; k++) {
  var o = new (makeCtor("t" + k))();
  out.push(o.kind + " " + o.inner.made + " " + o.after[0] + o.after[1]);
}

// Getters and setters called from runtime code.
var acc = {
  get big() { churn(); return ["g", churn()]; },
  set big(v) { churn(); this.saved = v; },
};
acc.big = { payload: "p" + churn() };
out.push(acc.big[0] + acc.saved.payload);
console.log(out.join("\n"));
