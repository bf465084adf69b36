// Assignment to const and temporal-dead-zone reads, caught.
const fixed = 1;
function bump() { fixed++; }
try { bump(); } catch (e) { console.log(e.name, e.message); }
function early() { return value; }
try { early(); } catch (e) { console.log(e.name, e.message); }
let value = 5;
console.log(early());
try {
  const obj = { n: 1 };
  obj.n = 2;
  console.log("const object mutation ok", obj);
  for (const i of [1, 2]) { i += 1; }
} catch (e) {
  console.log(e.name, e.message);
}
try { class K { m() { return K2; } } new K().m(); } catch (e) { console.log(e.name, e.message); }
{
  try { inner; } catch (e) { console.log(e.message); }
  let inner = "now defined";
  console.log(inner);
}
