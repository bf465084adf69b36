// Assigning to a const throws TypeError; the value is unchanged.
const k = 1;
try { k = 2; } catch (e) { console.log(e.name + ": " + e.message); }
console.log(k);
try { k += 1; } catch (e) { console.log(e.message); }
try { k++; } catch (e) { console.log(e instanceof TypeError); }
console.log(k);
const obj = { v: 1 };
obj.v = 2;
console.log(obj.v);
function reassign() { const local = "x"; local = "y"; return local; }
try { reassign(); } catch (e) { console.log("in function:", e.message); }
