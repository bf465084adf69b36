// Beyond depth 2: [Object], [Array], [Foo], [Function], but empty values stay.
function Foo() { this.x = 1; }
function Bar() {}
function fnWithProps() {}
fnWithProps.p = 1;
var deep = {
  a: {
    b: {
      obj: { x: 1 },
      arr: [1],
      foo: new Foo(),
      bar: new Bar(),
      emptyObj: {},
      emptyArr: [],
      fn: function f() {},
      fnProps: fnWithProps,
      err: new Error("e"),
      num: new Number(1),
      str: "s",
    },
  },
};
Error.stackTraceLimit = 0;
deep.a.b.err = new Error("e");
console.log(deep);
var e2 = new Error("with props");
e2.k = 1;
console.log({ a: { b: { c: e2 } } });
var n = new Number(2);
n.k = 1;
console.log({ a: { b: { c: n } } });
