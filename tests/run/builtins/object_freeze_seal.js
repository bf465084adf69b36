var o = Object.freeze({a: 1, nested: {b: 2}});
o.a = 99;
o.c = 3;
delete o.a;
o.nested.b = 3;
console.log(o.a, o.c, o.nested.b, Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o), Object.isFrozen(o.nested));
var s = Object.seal({x: 1});
s.x = 2;
s.y = 3;
delete s.x;
console.log(s.x, s.y, Object.isSealed(s), Object.isFrozen(s), Object.isExtensible(s));
var p = Object.preventExtensions({z: 1});
p.z = 2;
p.w = 3;
delete p.z;
console.log(p.z, p.w, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
console.log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})), Object.isFrozen(1), Object.isSealed("s"), Object.isExtensible(1), Object.freeze(5));
var fa = Object.freeze([1, 2, 3]);
fa[0] = 9;
fa.length = 0;
console.log(fa.join(","), fa.length, Object.isFrozen(fa));
try { fa.push(4); } catch (e) { console.log(e.name + ": " + e.message); }
try { fa.pop(); } catch (e) { console.log(e.name + ": " + e.message); }
try { fa.sort(); } catch (e) { console.log(e.name + ": " + e.message); }
try { fa.reverse(); } catch (e) { console.log(e.name + ": " + e.message); }
try { fa.fill(0); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.freeze([]).push(); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.preventExtensions([1, 2, 3]).push(4); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(fa.map(function (x) { return x * 2; }).join(","), fa.slice(1).join(","), fa.concat([4]).length);
var getters = Object.freeze({get v() { return 7; }});
console.log(getters.v, Object.isFrozen(getters));
