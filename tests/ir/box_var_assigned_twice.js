// Rule: a captured `var` that is assigned after its initializer (here: a
// second `var` initializer) is shared mutable state: boxed. The closure sees
// the latest value, "second".
function f() {
  var msg = "first";
  var show = function () {
    return msg;
  };
  var msg = "second";
  return show;
}
console.log(f()());
