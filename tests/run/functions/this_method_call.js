// this in method calls refers to the receiver.
var obj = {
  name: "obj",
  greet: function () { return "hi from " + this.name; },
  setName: function (n) { this.name = n; return this; }
};
console.log(obj.greet());
obj.setName("renamed");
console.log(obj.greet());
console.log(obj["greet"]());
console.log(obj.setName("chained").greet());
var counter = { n: 0, inc: function () { this.n++; return this.n; } };
counter.inc(); counter.inc();
console.log(counter.inc(), counter.n);
