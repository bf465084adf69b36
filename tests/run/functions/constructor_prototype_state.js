// Prototype methods that update per-instance state.
function Stack() { this.items = []; this.size = 0; }
Stack.prototype.push = function (v) { this.items.push(v); this.size++; return this; };
Stack.prototype.pop = function () {
  if (this.size === 0) return undefined;
  this.size--;
  var v = this.items[this.size];
  var rest = [];
  for (var i = 0; i < this.size; i++) rest.push(this.items[i]);
  this.items = rest;
  return v;
};
Stack.prototype.peek = function () { return this.items[this.size - 1]; };
var s = new Stack();
s.push(1).push(2).push(3);
console.log(s.size, s.peek());
console.log(s.pop(), s.pop(), s.size);
var t = new Stack();
console.log(t.pop(), t.size, s.peek());
