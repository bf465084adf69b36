// Runaway recursion becomes a catchable RangeError.
function down(n) { return down(n + 1) + 1; }
try {
  down(0);
  console.log("unreachable");
} catch (e) {
  console.log(e.name);
  console.log(e.message);
  console.log(e instanceof RangeError, e instanceof Error);
}
// the program keeps working afterwards
const ping = (n) => (n === 0 ? "done" : pong(n - 1));
const pong = (n) => (n === 0 ? "done" : ping(n - 1));
console.log(ping(1000));
let caught = 0;
for (let i = 0; i < 3; i++) {
  try { down(0); } catch (e) { if (e instanceof RangeError) caught++; }
}
console.log("caught", caught);
