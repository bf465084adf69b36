// Rest parameters used by closures and in recursion.
function partial(fn, ...bound) {
  return (...more) => fn(...bound, ...more);
}
function add3(a, b, c) { return a + b + c; }
var add1 = partial(add3, 1);
var add12 = partial(add3, 1, 2);
console.log(add1(2, 3), add12(10), partial(add3)(1, 1, 1));
function compose(...fns) {
  return (x) => fns.reduceRight((acc, f) => f(acc), x);
}
var inc = (x) => x + 1, dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7));
function sumAll(first, ...rest) {
  if (first === undefined) return 0;
  return first + sumAll(...rest);
}
console.log(sumAll(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
function zip(...arrays) {
  var len = Math.min(...arrays.map((a) => a.length));
  var out = [];
  for (var i = 0; i < len; i++) out.push(arrays.map((a) => a[i]).join(""));
  return out.join(" ");
}
console.log(zip([1, 2, 3], ["a", "b", "c"], ["x", "y"]));
function memo(fn) {
  var cache = {};
  return (...args) => {
    var key = args.join("|");
    if (!(key in cache)) cache[key] = fn(...args);
    return cache[key];
  };
}
var calls = 0;
var slowAdd = memo((a, b) => { calls++; return a + b; });
console.log(slowAdd(1, 2), slowAdd(1, 2), slowAdd(2, 1), calls);
