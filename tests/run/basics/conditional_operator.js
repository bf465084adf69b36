// ?: including nesting (right associative) and side effects.
function sign(n) { return n > 0 ? "pos" : n < 0 ? "neg" : "zero"; }
console.log(sign(5), sign(-2), sign(0), sign(-0));
console.log(1 ? "a" : "b");
console.log("" ? "a" : "b");
console.log(null ? 1 : undefined);
var c = 0;
var r = true ? (c = c + 1) : (c = c + 100);
console.log(r, c);
var x = 7;
console.log(x % 2 === 0 ? "even" : "odd");
console.log((x > 5 ? 10 : 20) + 1);
console.log(false ? 1 : true ? 2 : 3);
