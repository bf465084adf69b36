// `this` inside nested non-arrow functions is not the outer this.
var obj = {
  name: "obj",
  outer() {
    function inner() { return this === obj ? "obj" : typeof this; }
    const arrow = () => (this === obj ? "obj" : typeof this);
    return inner() + "/" + arrow() + "/" + inner.call(this);
  },
  deep() {
    return [1].map(function () { return [2].map(() => (this === undefined ? "undef" : this === obj ? "obj" : "global"))[0]; })[0];
  }
};
console.log(obj.outer(), obj.deep());
class C {
  run() { function inner() { return this; } return inner(); }
}
console.log(new C().run());
function Ctor() {
  this.v = "ctor";
  var self = this;
  this.check = function () { return [this === self, (() => this === self)()].join(","); };
}
var c = new Ctor();
console.log(c.check(), c.check.call({}));
