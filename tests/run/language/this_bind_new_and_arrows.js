// bind with new ignores the bound this; bound arrows keep lexical this.
function Person(name) { this.name = name; this.ctx = this === globalThis ? "global" : "instance"; }
var Bound = Person.bind({ ignored: true }, "Ann");
var p = new Bound();
console.log(p.name, p.ctx, p instanceof Person, p.ignored);
var obj = {
  v: "obj",
  arrowMaker() { return () => this.v; }
};
var arrow = obj.arrowMaker();
var boundArrow = arrow.bind({ v: "other" });
console.log(arrow(), boundArrow(), arrow.call({ v: "x" }), arrow.apply({ v: "y" }));
function fmt(sep) { return [this.a, this.b].join(sep); }
var boundFmt = fmt.bind({ a: 1, b: 2 });
console.log(boundFmt("-"), boundFmt.call({ a: 9, b: 9 }, "+"));
var bb = boundFmt.bind({ a: "no", b: "no" }, "*");
console.log(bb());
