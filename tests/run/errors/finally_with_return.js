// finally runs when try returns; a return in finally overrides.
var log = "";
function a() { try { return "try"; } finally { log += "A"; } }
function b() { try { return "try"; } finally { return "finally"; } }
function c() { try { throw new Error("x"); } catch (e) { return "catch"; } finally { log += "C"; } }
function d() { try { throw 1; } finally { return "swallowed"; } }
function e() { var x = 1; try { return x; } finally { x = 2; } }
console.log(a(), b(), c(), d(), e());
console.log(log);
