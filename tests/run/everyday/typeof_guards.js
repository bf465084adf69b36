// typeof-based guards and normalizing user input.
function normalize(v) {
  switch (typeof v) {
    case "undefined": return "(missing)";
    case "boolean": return v ? "yes" : "no";
    case "number": return Number.isNaN(v) ? "(nan)" : v.toFixed(1);
    case "string": return v.trim() || "(empty)";
    case "function": return `fn:${v.name || "anonymous"}/${v.length}`;
    case "object":
      if (v === null) return "(null)";
      if (Array.isArray(v)) return `[${v.map(normalize).join(", ")}]`;
      return `{${Object.keys(v).join(",")}}`;
    default: return "?";
  }
}
const inputs = [undefined, true, 3.14159, NaN, "  hi ", "   ", function add(a, b) {}, (x) => x, null, [1, "a", null], { k: 1, j: 2 }];
for (const x of inputs) console.log(normalize(x));
const isObj = (v) => typeof v === "object" && v !== null;
console.log([{}, [], null, "s"].map(isObj));
console.log(typeof NaN, typeof Infinity, typeof -0, typeof [].length, typeof "".length, typeof (() => {})());
console.log(typeof new Number(5), typeof Number("5"), typeof String(1), typeof Object("s"), typeof Object(null));
console.log(typeof class {}, typeof new (class {})(), typeof Math.PI, typeof JSON.parse, typeof Date.now());
let undeclaredCheck = typeof notDeclaredVar === "undefined" ? "safe" : "unsafe";
console.log(undeclaredCheck);
