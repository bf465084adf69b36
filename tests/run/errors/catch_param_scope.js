// The catch parameter is scoped to the catch block and can shadow.
var e = "outer e";
try { throw "inner e"; } catch (e) { console.log(e); e = "modified"; console.log(e); }
console.log(e);
let x = "outer x";
try { throw 1; } catch (err) { let x = "catch x"; console.log(x, err); }
console.log(x);
try { throw 2; } catch (err) { var leaked = err * 10; }
console.log(leaked);
