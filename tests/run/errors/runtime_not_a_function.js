// Calling non-functions throws catchable TypeErrors.
var x = 5;
try { x(); } catch (e) { console.log(e.name + ": " + e.message); }
var o = { m: 1 };
try { o.m(); } catch (e) { console.log(e.name + ": " + e.message); }
try { o.missing(); } catch (e) { console.log(e.name + ": " + e.message); }
var u;
try { u(); } catch (e) { console.log(e.name + ": " + e.message); }
var s = "str";
try { s(); } catch (e) { console.log(e instanceof TypeError, e.message); }
function ret() { return null; }
try { ret()(); } catch (e) { console.log(e.message); }
