// void evaluates its operand and yields undefined.
console.log(void 0);
console.log(void "x");
var n = 1;
var r = void (n = 5);
console.log(r, n);
console.log(typeof void 0);
console.log(void 0 === undefined);
function f() { return void console.log("side effect"); }
console.log(f());
