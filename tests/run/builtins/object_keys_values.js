var o = {b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", "01": "zero-one"};
console.log(Object.keys(o).join(","));
console.log(Object.values(o).join(","));
console.log(Object.entries(o).map(function (e) { return e[0] + "=" + e[1]; }).join("&"));
console.log(Object.keys([4, 5, , 6]).join(","), Object.values("hi").join(","), Object.keys("abc").join(","), Object.keys(5).length);
console.log(Object.entries([7, 8]).join(";"), Object.keys({}).length, Object.values({}).length);
var withHidden = {};
Object.defineProperty(withHidden, "hidden", {value: 1, enumerable: false});
withHidden.shown = 2;
console.log(Object.keys(withHidden).join(","), Object.getOwnPropertyNames(withHidden).join(","));
var proto = {inherited: 1};
var child = Object.create(proto);
child.own = 2;
console.log(Object.keys(child).join(","), child.inherited, child.hasOwnProperty("inherited"), child.hasOwnProperty("own"));
console.log(Object.getOwnPropertyNames([1, 2]).join(","), Object.getOwnPropertyNames("ab").join(","));
try { Object.keys(null); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.values(undefined); } catch (e) { console.log(e.name + ": " + e.message); }
var getterObj = {get g() { return "got"; }, x: 1};
console.log(Object.values(getterObj).join(","), Object.entries(getterObj).join(";"));
function F() { this.a = 1; this.b = 2; }
F.prototype.c = 3;
console.log(Object.keys(new F()).join(","), Object.keys(F).length);
console.log(Object.hasOwn({q: 1}, "q"), Object.hasOwn({q: 1}, "toString"), Object.hasOwn([1], 0), Object.hasOwn("ab", "1"));
