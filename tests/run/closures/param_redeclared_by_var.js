// `var a = ...` re-declaring a parameter assigns it: closures see the last value.
function f(a) { var a = 5; const g = () => a; var a = 6; return g(); }
console.log(f(1));
function k(x) { const read = () => x; var x = x + 1; return read(); }
console.log(k(10));
