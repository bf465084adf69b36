// && and || return one of their operands and short-circuit.
console.log(1 && 2);
console.log(0 && 2);
console.log("" && "x");
console.log("a" || "b");
console.log(0 || "b");
console.log(null || undefined);
console.log(undefined && null);
console.log(NaN || 0);
var log = "";
function side(v) { log = log + v; return v; }
side(0) && side(1);
side(2) || side(3);
side(4) && side(5);
side(0) || side(6);
console.log(log);
console.log(1 && 2 || 3);
console.log(0 || 0 && 1);
console.log(!0 && "yes");
