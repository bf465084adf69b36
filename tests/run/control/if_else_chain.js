// if / else if / else chains, with and without braces.
function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else if (n < 10) { return "small"; }
  else { return "large"; }
}
console.log(classify(-3), classify(0), classify(7), classify(100));
var x = 5;
if (x > 3) console.log("gt3");
if (x > 10) console.log("gt10"); else console.log("not gt10");
if (x) { if (x === 5) console.log("five"); else console.log("other"); }
if ("") console.log("empty truthy"); else console.log("empty falsy");
if (null || "fallback") console.log("or works");
