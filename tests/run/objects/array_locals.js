// Locals that only ever hold array literals are read without tag or kind
// checks: indexing, `length`, `push`, calls of elements and loops over them
// must behave exactly as for any array (holes, growth, out of range
// indices, frozen arrays, extra properties, reassignment to new literals).

const pool = [];
for (let i = 0; i < 10; i++) pool.push((x) => x + i);
let total = 0;
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < pool.length; i++) total += pool[i](round);
}
console.log(total, pool.length, typeof pool[10], pool[-1]);

let rows = [1, 2, 3];
const seen = [];
for (let r = 0; r < 4; r++) {
  seen.push(rows.length + ":" + rows[rows.length - 1]);
  rows = r % 2 ? [r] : [r, r + 1, , r + 3];
}
console.log(seen.join(" "), rows, rows[2], 2 in rows);

// An alias of the same array sees every change.
const base = [5, 6];
const alias = base;
alias.push(7);
base[5] = 9;
console.log(base.length, alias.length, alias[4], alias[5], alias.join("-"));

// Frozen: writes are ignored (sloppy) and push throws.
const frozen = Object.freeze([1, 2]);
const copy = frozen;
copy[0] = 100;
try {
  copy.push(3);
} catch (e) {
  console.log(e.constructor.name, copy[0], copy.length);
}

// Properties beside the elements, a length set by hand, conditionals.
const tagged = [1, 2, 3];
tagged.label = "t";
tagged.length = 1;
const pick = tagged.length > 0 ? [tagged[0], tagged.label] : [];
console.log(tagged.length, tagged[1], tagged.label, pick, pick.length);

// Strings as elements, and methods reached through the prototype.
const words = ["b", "a", "c"];
console.log(words.sort().join(""), words.indexOf("c"), words.map((w) => w.toUpperCase()).length);
Array.prototype.second = function () { return this[1]; };
console.log(words.second(), [9, 8].second());

// The array stays alive across a call that collects, when its last use
// (`length`, an element) comes after the call.
function churn() {
  const junk = [];
  for (let i = 0; i < 2000; i++) junk.push({ i, s: "x" + i });
  return junk.length;
}
function lastUse() {
  const a = [1, 2, 3];
  const b = ["p", "q"];
  const first = a[0] + b[0];
  const n = churn();
  return first + a.length + n + b[1];
}
console.log(lastUse(), lastUse());
