// typeof arguments and arguments identity.
function kind() { return typeof arguments; }
console.log(kind(), kind(1));
function same() { return arguments === arguments; }
console.log(same());
function viaVar() { var a = arguments; return typeof a + " " + a.length; }
console.log(viaVar(1, 2));
var arrowInFn = function () { return (() => typeof arguments)(); };
console.log(arrowInFn());
function str() { return Object.prototype.toString.call(arguments); }
console.log(str());
