// Built-in functions and objects.
console.log(Math.max, Object, Array, parseInt);
console.log([Array.prototype.push, String.prototype.slice]);
console.log(Math);
console.log(JSON);
console.log({ m: Math });
console.log(console.log);
console.log(TypeError, RangeError);
console.log(Number, String, Boolean);
console.log(Map, Set);
console.log(Object.prototype);
console.log(Array.prototype);
console.log(Function.prototype);
console.log(Map.prototype, Set.prototype);
console.log(Error.prototype, TypeError.prototype);
console.log(Number.prototype, String.prototype, Boolean.prototype);
