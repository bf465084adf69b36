// Conditions: `&&`, `||`, `?:`, comma expressions and inlined calls in an
// `if` or loop test are tested where each value is made; every value keeps
// its ToBoolean, whatever its type.
const values = [true, false, 0, -0, 1, NaN, "", "0", "x", null, undefined, {}, [], () => 0, Infinity];
const names = values.map((v) => (typeof v === "function" ? "fn" : JSON.stringify(v) ?? String(v)));

let line = [];
for (let i = 0; i < values.length; i++) {
  for (let j = 0; j < values.length; j += 3) {
    const a = values[i];
    const b = values[j];
    let r = "";
    if (a && b) r += "A";
    if (a || b) r += "O";
    if (a ? b : !b) r += "C";
    if ((r += "", b)) r += "S";
    if (!(a && !b)) r += "N";
    while (a && b && r.length < 9) r += "w";
    line.push(names[i] + "," + names[j] + ":" + r);
  }
}
console.log(line.join(" "));

// Inlined methods whose bodies give booleans or other values.
class Task {
  constructor(state, tag) {
    this.state = state;
    this.tag = tag;
  }
  isHeld() {
    return (this.state & 4) !== 0 || this.state === 2;
  }
  tagOf() {
    return this.tag;
  }
  both() {
    return this.isHeld() && this.tag;
  }
}
const tasks = [new Task(4, "a"), new Task(2, ""), new Task(1, 0), new Task(6, null), new Task("4", {}), new Task(undefined, NaN)];
let out = [];
for (const t of tasks) {
  let s = "";
  if (t.isHeld()) s += "H";
  if (t.tagOf()) s += "T";
  if (t.both()) s += "B";
  if (!t.isHeld() || t.tagOf()) s += "X";
  s += t.isHeld() ? "1" : "0";
  out.push(s);
}
console.log(out.join(" "));

// The method replaced on one instance and on the prototype: the generic call's
// value is tested.
tasks[0].isHeld = () => "";
tasks[1].isHeld = () => ({});
out = [];
for (const t of tasks) out.push(t.isHeld() ? "y" : "n");
Task.prototype.isHeld = function () {
  return this.state;
};
for (const t of tasks) out.push(t.isHeld() ? "y" : "n");
console.log(out.join(""));

// Directly called functions run inline, as conditions.
const positive = (x) => x > 0;
const pick = (x, y) => x || y;
let count = 0;
for (let i = -3; i < 4; i++) {
  if (positive(i) && pick(i % 2, "")) count += 10;
  if (pick(i, 0)) count += 1;
  if (positive(i) ? pick(0, i - 1) : pick(null, i)) count += 100;
}
console.log(count);

// Side effects of the comma expression and of short-circuited operands.
let trace = "";
const t = (s, v) => ((trace += s), v);
if ((t("a", 0), t("b", 1)) && (t("c", "") || t("d", []))) trace += "!";
if (t("e", null) && t("f", 1)) trace += "?";
if (t("g", NaN) ? t("h", 1) : t("i", -0)) trace += "#";
console.log(trace);
