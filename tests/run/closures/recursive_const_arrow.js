// A const arrow function referring to itself recursively.
const fact = n => n ? n * fact(n - 1) : 1;
console.log(fact(0), fact(5), fact(10));
const fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
console.log(fib(15));
let countdown = (n) => { if (n === 0) return "liftoff"; return countdown(n - 1); };
console.log(countdown(10));
const orig = countdown;
countdown = () => "intercepted";
console.log(orig(3), orig(0));
