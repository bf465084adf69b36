// Closures capture a saved this (self) while plain nested functions do not get the receiver.
var obj = {
  total: 0,
  addAll: function (arr) {
    var self = this;
    var add = function (v) { self.total += v; };
    for (var i = 0; i < arr.length; i++) add(arr[i]);
    return this.total;
  },
  addArrow: function (arr) {
    var add = v => { this.total += v; };
    for (var i = 0; i < arr.length; i++) add(arr[i]);
    return this.total;
  }
};
console.log(obj.addAll([1, 2, 3]));
console.log(obj.addArrow([10, 20]));
