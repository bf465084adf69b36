// switch: fall-through, default in the middle, strict comparison.
function describe(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push("one");
    case 2:
      out.push("two-ish");
      break;
    default:
      out.push("default");
    case 3:
      out.push("three");
      break;
    case "1":
      out.push("string one");
  }
  return out.join(",");
}
for (const v of [1, 2, 3, "1", 4, null]) console.log(JSON.stringify(v), "->", describe(v));
function grade(score) {
  switch (true) {
    case score >= 90: return "A";
    case score >= 80: return "B";
    case score >= 70: return "C";
    default: return "F";
  }
}
console.log([95, 85, 72, 10].map(grade).join(""));
function days(month) {
  switch (month) {
    case "feb": return 28;
    case "apr": case "jun": case "sep": case "nov": return 30;
    default: return 31;
  }
}
console.log(["jan", "feb", "apr", "nov", "dec"].map(days));
let calls = 0;
const key = () => { calls++; return "b"; };
switch (key()) { case "a": break; case "b": break; }
console.log("calls", calls);
switch (NaN) { case NaN: console.log("NaN matched"); break; default: console.log("NaN never matches"); }
switch (2) { case 1: { let y = "block1"; console.log(y); } case 2: { let y = "block2"; console.log(y); } }
