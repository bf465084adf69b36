// A let declared in one case and used by a closure from another case is in TDZ.
function run(n) {
  let f;
  switch (n) {
    case 1:
      let shared = "from case 1";
      f = () => shared;
      break;
    case 2:
      f = () => shared;
      break;
  }
  try { return f(); } catch (e) { return e.name + ": " + e.message; }
}
console.log(run(1));
console.log(run(2));
