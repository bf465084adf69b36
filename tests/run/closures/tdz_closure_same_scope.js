// A closure created before its captured let is initialized throws until it is.
{
  const f = () => x * 2;
  try { f(); } catch (e) { console.log(e.message); }
  let x = 21;
  console.log(f());
}
function g() {
  let early = () => late;
  let r;
  try { r = early(); } catch (e) { r = e.name; }
  let late = "late";
  return r + " then " + early();
}
console.log(g());
