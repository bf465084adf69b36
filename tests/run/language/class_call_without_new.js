// Calling a class without new throws TypeError.
class Foo { constructor() { this.a = 1; } }
try {
  Foo();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
class Bar extends Foo {}
try {
  Bar();
} catch (e) {
  console.log(e.constructor === TypeError, e.message);
}
var Anon = class {};
try { Anon(); } catch (e) { console.log(e.message); }
try { Foo.call({}); } catch (e) { console.log(e.message); }
console.log(new Foo().a);
