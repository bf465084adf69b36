// Sloppy-mode arguments are mapped to simple parameters; unmapped otherwise.
function mapped(a) { a = 2; return arguments[0]; }
console.log(mapped(1));
function mapped2(a) { arguments[0] = "changed"; return a; }
console.log(mapped2("orig"));
function notPassed(a) { a = 5; return arguments[0] + " " + arguments.length; }
console.log(notPassed());
function withDefault(a = 0) { a = 2; return arguments[0]; }
console.log(withDefault(1));
function withRest(a, ...r) { a = 2; return arguments[0]; }
console.log(withRest(1));
function withDestructure(a, { b }) { a = 9; return arguments[0]; }
console.log(withDestructure(1, {}));
function strictFn(a) { "use strict"; a = 2; return arguments[0]; }
console.log(strictFn(1));
