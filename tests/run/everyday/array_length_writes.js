// length writes, index writes beyond length, and array-like objects.
const a = [1, 2, 3];
a[a.length] = 4;
a[10] = 11;
console.log(a.length, a);
a.length = 0;
console.log(a, a[0]);
const b = [];
b["2"] = "string index";
b["2.5"] = "not index";
console.log(b.length, b, Object.keys(b));
try { b.length = -1; } catch (e) { console.log(e.name, e.message); }
try { new Array(1.5); } catch (e) { console.log(e.name, e.message); }
console.log(new Array(2, 3), new Array("3"), Array.of(3), Array(3).length);
const like = { 0: "a", 1: "b", length: 2 };
console.log(Array.from(like), Array.prototype.map.call(like, (x) => x.toUpperCase()));
console.log(Array.prototype.join.call(like, "+"));
const stack = [];
stack.push(1, 2, 3);
console.log(stack.pop(), stack.shift(), stack.unshift(0, 0.5), stack);
console.log([].pop(), [].shift(), [1].concat(2, [3, [4]]));
const spliced = [1, 2, 3, 4, 5];
console.log(spliced.splice(1, 2, "a", "b", "c"), spliced, spliced.splice(-2), spliced);
console.log([1, 2, 3].fill(0, 1), [1, 2, 3, 4].copyWithin ? "cw" : "", [5, 1].toString());
