// Throwing a plain object uncaught.
console.log("about to throw");
function fail() { throw { code: 42, reason: "bad" }; }
try { fail(); } catch (e) { console.log("caught once", e.code); }
throw new Error("final failure: " + 42);
