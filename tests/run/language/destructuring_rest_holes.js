// Array rest elements are dense: holes in the source become undefined elements.
var [, ...tail] = [, , ,];
console.log(tail.length, tail[0], 0 in tail, 1 in tail);
var [...all] = [1, , 3];
console.log(all.length, 1 in all, all[1]);
function f(...r) { return 0 in r; }
console.log(f(...[, 1]));
var copy = [...[, "x"]];
console.log(0 in copy, copy.length);
