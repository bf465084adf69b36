// `this` in methods depends on the call site.
var obj = {
  name: "obj",
  whoAmI() { return this === undefined ? "undefined" : this === globalThis ? "global" : this.name; },
  nested: { name: "nested", whoAmI() { return this.name; } }
};
console.log(obj.whoAmI(), obj.nested.whoAmI(), obj["whoAmI"]());
var detached = obj.whoAmI;
console.log(detached());
var other = { name: "other", whoAmI: obj.whoAmI };
console.log(other.whoAmI());
console.log((obj.whoAmI)());
console.log((0, obj.whoAmI)());
class K {
  constructor() { this.name = "k"; }
  who() { return this === undefined ? "undefined" : this.name; }
}
var k = new K();
var loose = k.who;
console.log(k.who(), loose());
function Ctor() { this.v = 1; var self = this; this.get = function () { return self.v; }; }
var c = new Ctor();
var g = c.get;
console.log(g());
function sloppy() { return typeof this; }
console.log(sloppy(), sloppy.call(5), sloppy.call("s"), sloppy.call(null));
function strict() { "use strict"; return this === undefined ? "undef" : typeof this; }
console.log(strict(), strict.call(5), strict.call(null));
var arr = [function () { return this.length; }];
console.log(arr[0]());
