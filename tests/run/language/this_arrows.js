// Arrows capture `this` lexically: inside methods, callbacks and nested arrows.
var counter = {
  count: 0,
  incrementAll(list) { list.forEach((x) => { this.count += x; }); return this.count; },
  makeIncr() { return () => ++this.count; },
  nested() { return () => () => this.count; },
  viaFunction() { return [1].map(function () { return this === counter; })[0]; },
  viaFunctionThisArg() { return [1].map(function () { return this === counter; }, this)[0]; }
};
console.log(counter.incrementAll([1, 2, 3]));
var inc = counter.makeIncr();
inc(); inc();
console.log(counter.count, counter.nested()()());
console.log(counter.viaFunction(), counter.viaFunctionThisArg());
var arrowCall = counter.makeIncr();
console.log(arrowCall.call({ count: 100 }), counter.count);
class Timer {
  constructor() { this.ticks = 0; this.handlers = []; }
  register() { this.handlers.push(() => this.ticks++); }
  fire() { this.handlers.forEach((h) => h()); return this.ticks; }
}
var t = new Timer();
t.register(); t.register();
console.log(t.fire(), t.fire());
var bound = (() => typeof this)();
console.log(bound);
var o = { val: "o", get lazy() { return (() => this.val)(); } };
console.log(o.lazy);
function Outer() { this.tag = "outer"; this.arrow = () => this.tag; }
var out = new Outer();
var stolen = { tag: "stolen", fn: out.arrow };
console.log(stolen.fn());
