// Rule: an arrow has no own `this`: it captures the `this` of the nearest
// non-arrow function (`env [this]`), through nested arrows too; the method
// saves its `this` in a local (`%this = this`) to pass it on.
const obj = {
  name: "box",
  later: function () {
    return () => () => this.name;
  },
};
console.log(obj.later()()());
