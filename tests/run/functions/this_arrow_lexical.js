// Arrow functions use the this of their enclosing method.
var obj = {
  v: 5,
  make: function () { return () => this.v * 2; },
  makeNormal: function () { var self = this; return function () { return self.v + 1; }; }
};
var f = obj.make();
var g = obj.makeNormal();
console.log(f(), g());
obj.v = 50;
console.log(f(), g());
