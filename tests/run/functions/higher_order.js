// Functions passed as arguments and returned as results.
function map(arr, f) { var out = []; for (var i = 0; i < arr.length; i++) out.push(f(arr[i], i)); return out; }
function filter(arr, p) { var out = []; for (var i = 0; i < arr.length; i++) if (p(arr[i])) out.push(arr[i]); return out; }
function reduce(arr, f, init) { var acc = init; for (var i = 0; i < arr.length; i++) acc = f(acc, arr[i]); return acc; }
var nums = [1, 2, 3, 4, 5, 6];
var sq = map(nums, function (x) { return x * x; });
var evens = filter(sq, x => x % 2 === 0);
console.log(reduce(sq, (a, b) => a + b, 0));
console.log(reduce(evens, (a, b) => a + "," + b, "e"));
console.log(map(nums, (x, i) => x * i)[5]);
function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function twice(f) { return x => f(f(x)); }
console.log(twice(twice(inc))(0));
