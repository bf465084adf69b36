// + with a string operand concatenates after converting the other side.
console.log("a" + "b");
console.log("a" + 1);
console.log(1 + "a");
console.log(1 + 2 + "3");
console.log("1" + 2 + 3);
console.log("x" + null);
console.log("x" + undefined);
console.log("x" + true);
console.log("" + 1.5);
console.log("" + -0);
console.log("" + 1e21);
console.log("" + NaN);
console.log("n=" + (1 + 2));
var s = "ab";
s = s + s;
s = s + s;
console.log(s, s.length);
console.log(null + 1, true + true, undefined + 1);
