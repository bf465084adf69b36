// super.method() inside object literal methods (home object).
var base = { greet() { return "base greet " + this.name; } };
var derived = {
  __proto__: base,
  name: "derived",
  greet() { return "derived -> " + super.greet(); }
};
console.log(derived.greet());
var third = { __proto__: derived, name: "third", greet() { return "third -> " + super.greet(); } };
console.log(third.greet());
