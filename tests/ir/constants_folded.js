// Rule: a `const` with a primitive initializer (literals, earlier constants,
// arithmetic, bitwise and string operators) is its value wherever it is read
// after its initialization: no environment slot, no box. A hoisted function
// reads it without a TDZ check when nothing that runs before the
// initialization can call the function (here only inert declarations do);
// `LIMIT` is read by `check` before it is initialized, so it stays a box with
// a TDZ check.
const HELD = 4;
const SUSPENDED = 2;
const BOTH = HELD | SUSPENDED;
const LABEL = "state " + BOTH;
function isHeld(task) {
  return (task.state & HELD) !== 0 || task.state === BOTH;
}
try {
  check(1);
} catch (e) {
  console.log(e.name);
}
const LIMIT = 10;
function check(n) {
  return n < LIMIT;
}
const task = { state: SUSPENDED };
console.log(LABEL, isHeld(task), check(3));
