// Class bodies are strict: this is undefined in detached methods, assigning undeclared vars throws.
class K {
  detached() { return this; }
  leak() { undeclaredVariable = 1; }
  static sdetached() { return this; }
}
var d = new K().detached;
console.log(d());
var sd = K.sdetached;
console.log(sd());
try { new K().leak(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof undeclaredVariable);
function sloppy() { sloppyGlobal = 2; }
sloppy();
console.log(sloppyGlobal);
class T { m() { return (function () { return this; })(); } }
console.log(new T().m());
