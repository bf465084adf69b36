// A hoisted function capturing a let declared later: TDZ before, value after.
function show() { return "value is " + value; }
try {
  console.log(show());
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let value = 1;
console.log(show());
value = 2;
console.log(show());
