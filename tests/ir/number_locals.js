// `: number` marks locals whose every read is a number: their arithmetic,
// comparisons and indexing compile without tag checks.
function step(a, b, dt) {
  const dx = a.x - b.x; // `-` always gives a number
  const dy = a.y - b.y;
  const d2 = dx * dx + dy * dy; // `+` of two numbers
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += i * dt;
  let label = 0;
  label += "!"; // becomes a string: not a number local
  var early;
  const seen = early; // read before any write: undefined
  early = 1;
  return [d2, sum, label, seen, early];
}
console.log(step({ x: 1, y: 2 }, { x: 4, y: 6 }, 0.5));
