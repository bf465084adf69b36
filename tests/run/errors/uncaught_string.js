// An uncaught thrown string, after a caught one.
try { throw "first"; } catch (e) { console.log("caught", e); }
throw "second";
