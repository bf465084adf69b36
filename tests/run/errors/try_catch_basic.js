// try/catch: catch only runs when something is thrown.
function safeDiv(a, b) {
  try {
    if (b === 0) throw new RangeError("division by zero");
    return a / b;
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
console.log(safeDiv(10, 4));
console.log(safeDiv(1, 0));
var log = "";
try { log += "a"; log += "b"; } catch (e) { log += "X"; }
console.log(log);
try { log += "c"; throw 1; log += "never"; } catch (e) { log += "d" + e; }
console.log(log);
