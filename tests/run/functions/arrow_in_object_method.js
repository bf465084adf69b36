// Methods defined as function expressions calling other methods through this.
var calc = {
  acc: 0,
  add: function (n) { this.acc += n; return this; },
  times: function (n) { this.acc *= n; return this; },
  result: function () { return this.acc; },
  run: function (steps) {
    for (var i = 0; i < steps.length; i++) this[steps[i][0]](steps[i][1]);
    return this.result();
  }
};
console.log(calc.add(2).times(5).result());
console.log(calc.run([["add", 1], ["times", 2], ["add", -3]]));
