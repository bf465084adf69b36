// A throw unwinds through several frames, skipping the rest of each.
var log = "";
function f3(n) { log += "3"; if (n > 2) throw "stop@" + n; log += "3'"; return n; }
function f2(n) { log += "2"; var r = f3(n + 1); log += "2'"; return r; }
function f1(n) { log += "1"; var r = f2(n + 1); log += "1'"; return r; }
console.log(f1(0), log);
log = "";
try { f1(1); } catch (e) { console.log(e, log); }
function recurse(n) { if (n === 0) throw n; recurse(n - 1); }
try { recurse(1000); } catch (e) { console.log("caught at depth", e); }
