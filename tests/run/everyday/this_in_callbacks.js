// `this` inside callbacks: arrows vs functions vs thisArg vs bind.
"use strict";
const counter = {
  count: 0,
  items: [1, 2, 3],
  addAllArrow() { this.items.forEach((x) => { this.count += x; }); return this.count; },
  addAllThisArg() { this.items.forEach(function (x) { this.count += x; }, this); return this.count; },
  addAllBound() { this.items.forEach(function (x) { this.count += x; }.bind(this)); return this.count; },
  addAllBroken() {
    try { this.items.forEach(function (x) { this.count += x; }); }
    catch (e) { return e.constructor.name + ": " + e.message; }
  },
};
console.log(counter.addAllArrow(), counter.addAllThisArg(), counter.addAllBound());
console.log(counter.addAllBroken());
const detached = counter.addAllArrow;
try { detached(); } catch (e) { console.log("detached:", e.message); }
function whoAmI() { return this === undefined ? "undefined" : typeof this; }
console.log(whoAmI(), whoAmI.call({}), whoAmI.call(5), whoAmI.apply(null));
class Button {
  constructor(label) { this.label = label; this.onClickArrow = () => this.label; }
  onClickMethod() { return this && this.label; }
}
const b = new Button("ok");
const { onClickArrow, onClickMethod } = b;
console.log(onClickArrow(), onClickMethod());
const mapped = ["a", "b"].map(function (x) { return this.prefix + x; }, { prefix: ">" });
console.log(mapped);
const bound = whoAmI.bind({ id: 1 });
console.log(bound(), bound.call(undefined), bound.name);
