// Accessing let/const before initialization throws ReferenceError.
try { console.log(a); } catch (e) { console.log(e.name + ": " + e.message); }
let a = 1;
console.log(a);
function readB() { return b; }
try { readB(); } catch (e) { console.log(e.name + ": " + e.message); }
const b = "bee";
console.log(readB());
{
  try { c = 5; } catch (e) { console.log(e.message); }
  let c = 6;
  console.log(c);
}
try { typeof d; } catch (e) { console.log("typeof in TDZ:", e.message); }
let d;
console.log(typeof d);
