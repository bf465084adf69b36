// Function.prototype.toString returns the source text.
function named(a, b) { return a + b; }
const arrow = (x) => x * 2;
class K { m() {} }
console.log(String(named));
console.log(`${arrow}`);
console.log(K.toString());
console.log("" + function () {});
