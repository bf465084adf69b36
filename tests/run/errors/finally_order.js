// finally runs after try and after catch, in order.
var log = [];
function step(s) { log.push(s); }
try { step("t1"); } finally { step("f1"); }
try { step("t2"); throw 0; } catch (e) { step("c2"); } finally { step("f2"); }
try {
  try { step("t3"); throw "inner"; } finally { step("f3"); }
} catch (e) { step("c3:" + e); }
var s = "";
for (var i = 0; i < log.length; i++) s += log[i] + " ";
console.log(s);
