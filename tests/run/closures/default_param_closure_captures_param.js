// Closures in parameter defaults capture parameters that are boxed.
function f(a = () => a) { return a; }
console.log(typeof f()());
function later(get = () => b, b = 2) { b = b * 10; return get(); }
console.log(later());
function counter(start = 0, inc = () => ++start) { inc(); inc(); return start; }
console.log(counter(), counter(5));
