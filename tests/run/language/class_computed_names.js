// Computed method, getter and static names.
var prefix = "get";
var n = 0;
class Api {
  [prefix + "User"]() { return "user"; }
  [prefix + "Item"]() { return "item"; }
  [`method${1 + 1}`]() { return "m2"; }
  get ["computed" + "Prop"]() { return "cp"; }
  static [prefix.toUpperCase()]() { return "STATIC"; }
  [42]() { return "numeric"; }
  ["with space"]() { return "spaced"; }
}
var a = new Api();
console.log(a.getUser(), a.getItem(), a.method2(), a.computedProp);
console.log(Api.GET(), a[42](), a["42"](), a["with space"]());
var names = ["alpha", "beta"];
var log = [];
class Order {
  [(log.push("first"), names[0])]() { return 1; }
  [(log.push("second"), names[1])]() { return 2; }
}
console.log(log.join(","), new Order().alpha() + new Order().beta());
var ops = { plus: (a, b) => a + b, times: (a, b) => a * b };
var o = {};
for (const name of Object.keys(ops)) o["do_" + name] = ops[name];
console.log(o.do_plus(2, 3), o.do_times(2, 3));
