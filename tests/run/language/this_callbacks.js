// `this` in callbacks passed to array methods and user functions.
class List {
  constructor(items) { this.items = items; this.factor = 10; }
  scaled() { return this.items.map((x) => x * this.factor); }
  scaledOld() { var self = this; return this.items.map(function (x) { return x * self.factor; }); }
  scaledThisArg() { return this.items.map(function (x) { return x * this.factor; }, this); }
  total() { return this.items.reduce((acc, x) => acc + x * this.factor, 0); }
  filterAbove(n) { return this.items.filter((x) => x > n && this instanceof List); }
}
var l = new List([1, 2, 3]);
console.log(l.scaled().join(","), l.scaledOld().join(","), l.scaledThisArg().join(","));
console.log(l.total(), l.filterAbove(1).join(","));
function runCallback(cb) { return cb(); }
var holder = {
  label: "holder",
  viaArrow() { return runCallback(() => this.label); },
  viaBound() { return runCallback(function () { return this.label; }.bind(this)); }
};
console.log(holder.viaArrow(), holder.viaBound());
var button = {
  clicks: 0,
  handlers: [],
  on(fn) { this.handlers.push(fn); },
  click() { this.handlers.forEach((h) => h.call(this)); }
};
button.on(function () { this.clicks++; });
button.on(function () { this.clicks += 10; });
button.click(); button.click();
console.log(button.clicks);
var sorter = {
  desc: true,
  sort(arr) { return arr.slice().sort((a, b) => (this.desc ? b - a : a - b)); }
};
console.log(sorter.sort([3, 1, 2]).join(","));
sorter.desc = false;
console.log(sorter.sort([3, 1, 2]).join(","));
