// The TypeError message for destructuring a property out of null/undefined.
try { const { a } = null; console.log(a); } catch (e) { console.log(e.message); }
try { const { b, c } = undefined; console.log(b, c); } catch (e) { console.log(e.message); }
function f({ x }) { return x; }
try { f(null); } catch (e) { console.log(e.message); }
