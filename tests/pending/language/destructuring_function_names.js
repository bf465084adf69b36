// Anonymous functions get names from destructuring defaults and bindings.
var { f = function () {}, g = () => {}, h = class {} } = {};
console.log(f.name, g.name, h.name);
var [arrDflt = function () {}] = [];
console.log(arrDflt.name);
var named = function inner() {};
var { n = named } = {};
console.log(n.name);
var obj = { method() {}, arrow: () => {}, fn: function () {}, ["comp" + "uted"]: () => {} };
console.log(obj.method.name, obj.arrow.name, obj.fn.name, obj.computed.name);
var assigned;
assigned = function () {};
console.log(assigned.name);
let letFn = () => {};
const constFn = function () {};
console.log(letFn.name, constFn.name);
function withDefault(cb = () => {}) { return cb.name; }
console.log(withDefault());
