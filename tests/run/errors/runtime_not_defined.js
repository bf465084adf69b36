// Reading an undeclared name throws ReferenceError; typeof does not.
try { console.log(nope); } catch (e) { console.log(e.name + ": " + e.message); }
try { nope2 + 1; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
console.log(typeof nope);
function useLater() { return laterGlobal; }
try { useLater(); } catch (e) { console.log(e.message); }
laterGlobal = "now defined";
console.log(useLater());
try { undefinedFn(); } catch (e) { console.log(e.name, e.message); }
