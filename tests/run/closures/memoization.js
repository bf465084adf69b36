// Memoization with an object used as a cache, kept private in a closure.
function memoize(fn) {
  var cache = {};
  var hits = 0;
  return {
    get: function (n) {
      if (cache[n] !== undefined) { hits++; return cache[n]; }
      var v = fn(n);
      cache[n] = v;
      return v;
    },
    hits: function () { return hits; }
  };
}
var calls = 0;
var fibMemo = memoize(function (n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); });
var fib = fibMemo.get;
console.log(fib(50));
console.log(calls, fibMemo.hits());
console.log(fib(30), calls);
var sq = memoize(x => x * x);
sq.get(4); sq.get(4); sq.get(5);
console.log(sq.hits(), fibMemo.hits());
