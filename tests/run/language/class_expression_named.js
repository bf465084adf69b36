// Named class expressions: the name is bound inside the class body only.
var Named = class Inner {
  who() { return Inner.name; }
  static selfRef() { return Inner === Named; }
};
console.log(new Named().who(), Named.name, Named.selfRef(), typeof Inner);
var Fact = class F {
  static of(n) { return n <= 1 ? 1 : n * F.of(n - 1); }
};
console.log(Fact.of(5));
