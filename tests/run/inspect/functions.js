// Functions print as [Function: name] or [Function (anonymous)].
function named() {}
var anon = function () {};
var arrow = () => 1;
var namedExpr = function inner() {};
console.log(named, anon, arrow, namedExpr);
console.log([named, anon, arrow]);
console.log({ f: function () {}, g: () => 1, h: function named2() {} });
console.log({ method() {}, get getter() { return 1; } });
console.log((function () { return function () {}; })());
console.log([function () {}, () => {}]);
var obj = { fn: function () {} };
console.log(obj.fn, obj);
function outer() { return function inner2() {}; }
console.log(outer(), outer);
console.log({ a: { b: { c: function deep() {} } } });
console.log({ a: { b: { c: { d: function tooDeep() {} } } } });
