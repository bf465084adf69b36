// Rest element with nested patterns and in arrows.
function f(...[a, b, c]) { return [a, b, c].join("|"); }
console.log(f(1, 2), f(1, 2, 3, 4), f.length);
function g(x, ...{ length }) { return length; }
console.log(g(1, 2, 3), g());
var [h, ...[i, j]] = [1, 2, 3, 4];
console.log(h, i, j);
var [, ...{ 0: firstRest, length: restLen }] = "abcd";
console.log(firstRest, restLen);
var single = (...x) => x;
console.log(single().length, single(1).length, Array.isArray(single()));
var obj = { m(...args) { return args.length; } };
console.log(obj.m(), obj.m(...[1, 2], ...[3]));
