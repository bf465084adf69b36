// Declaring a parameter again writes it, and in sloppy mode `arguments[0]` with it.
function f(a) { var a = 5; return arguments[0]; }
console.log(f(1));
