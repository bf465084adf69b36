var t = {a: 1};
var r = Object.assign(t, {b: 2}, null, undefined, {a: 3, c: 4});
console.log(r === t, JSON.stringify(t));
console.log(JSON.stringify(Object.assign({}, "ab", [9])), JSON.stringify(Object.assign({}, 5, true)));
var src = {get x() { return "from getter"; }};
var copy = Object.assign({}, src);
console.log(copy.x, Object.getOwnPropertyDescriptor(copy, "x").value);
var target = {set y(v) { this.seen = v; }};
Object.assign(target, {y: 42});
console.log(target.seen);
var n = Object.create(null);
n.x = 1;
console.log(Object.getPrototypeOf(n), typeof n.toString, Object.keys(n).join(","), "x" in n);
var p = {greet: function () { return "hi " + this.name; }};
var c = Object.create(p, {name: {value: "bob", enumerable: true}, hidden: {value: 1}});
console.log(c.greet(), Object.keys(c).join(","), c.hidden, Object.getPrototypeOf(c) === p, p.isPrototypeOf(c), Object.prototype.isPrototypeOf(c));
try { Object.create(5); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.create(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("s") === String.prototype);
var a = {}, b = {kind: "b"};
Object.setPrototypeOf(a, b);
console.log(a.kind, Object.getPrototypeOf(a) === b, Object.setPrototypeOf(a, null) === a, a.kind);
try { Object.setPrototypeOf({}, 5); } catch (e) { console.log(e.name + ": " + e.message); }
try { var x1 = {}; var x2 = Object.create(x1); Object.setPrototypeOf(x1, x2); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Object.setPrototypeOf(5, null), Object.is(NaN, NaN), Object.is(0, -0), Object.is("a", "a"), Object.is({}, {}));
var entries = Object.fromEntries([["a", 1], ["b", [2]], [3, "three"]]);
console.log(JSON.stringify(entries), JSON.stringify(Object.fromEntries(new Map([["m", 1]]))), JSON.stringify(Object.fromEntries(Object.entries({z: 26}))));
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.fromEntries(5); } catch (e) { console.log(e.name + ": " + e.message); }
console.log({}.propertyIsEnumerable("x"), {x: 1}.propertyIsEnumerable("x"), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable("length"));
