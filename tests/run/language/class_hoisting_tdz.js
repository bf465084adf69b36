// Classes are not hoisted like functions: TDZ before the declaration.
try {
  new Later();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Later { }
console.log(typeof Later);
function useBefore() { return new Inner().v; }
try { useBefore(); } catch (e) { console.log(e.constructor.name); }
class Inner { constructor() { this.v = "inner"; } }
console.log(useBefore());
{
  class Scoped { }
  console.log(typeof Scoped);
}
console.log(typeof Scoped);
var C1 = class { };
var C2 = C1;
console.log(C1 === C2);
