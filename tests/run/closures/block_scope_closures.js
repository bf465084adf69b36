// Closures capturing let bindings of bare blocks and if bodies.
var fs = [];
{
  let v = "block1";
  fs.push(() => v);
}
{
  let v = "block2";
  fs.push(() => v);
  v = "block2-changed";
}
function pick(flag) {
  if (flag) { let msg = "yes"; return () => msg; }
  else { const msg = "no"; return () => msg; }
}
console.log(fs[0](), fs[1](), pick(true)(), pick(false)());
