// a.push(v) appends inline when the callee is the builtin push and the array
// is extensible with room; every other case is an ordinary call.
const a = [];
for (let i = 0; i < 10; i++) console.log(a.push(i * 2));
const frozen = Object.freeze([1]);
try { frozen.push(2); } catch (e) { console.log(e.constructor.name, e.message); }
const sealed = Object.seal([1, 2]);
try { sealed.push(3); } catch (e) { console.log(e.constructor.name, e.message); }
const ne = Object.preventExtensions([1]);
try { ne.push(3); } catch (e) { console.log(e.constructor.name, e.message); }
const custom = { push(v) { return "custom " + v; } };
console.log(custom.push(5));
const sub = [];
sub.push = function (v) { return "own push " + v; };
console.log(sub.push(1), sub.length);
const holes = [1, , 3];
console.log(holes.push(4), holes);
let order = [];
const tgt = [];
(order.push("obj"), tgt).push((order.push("arg"), "v"));
console.log(order.join(","), tgt);
Array.prototype.push = function (v) { return "patched " + v; };
console.log([].push(1));
