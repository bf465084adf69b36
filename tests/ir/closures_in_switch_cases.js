// Rule: closures created in switch cases that capture variables from outside
// the switch follow the ordinary rules: `unit` (never reassigned) is copied;
// `count` (assigned in a case) is boxed.
function describe(kind, n) {
  const unit = n > 0 ? "px" : "";
  let count = 0;
  let f;
  switch (kind) {
    case "size":
      f = () => n + unit;
      break;
    case "bump":
      count = n;
      f = () => count + 1;
      break;
    default:
      f = () => "?";
  }
  return f();
}
console.log(describe("size", 3), describe("bump", 3), describe("x", 0));
