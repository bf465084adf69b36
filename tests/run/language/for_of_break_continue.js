// break, continue, labels and return inside for-of.
var out = [];
for (const x of [1, 2, 3, 4, 5, 6]) {
  if (x % 2 === 0) continue;
  if (x > 4) break;
  out.push(x);
}
console.log(out.join(","));
out = [];
outer: for (const a of [1, 2, 3]) {
  for (const b of ["x", "y", "z"]) {
    if (b === "y" && a === 2) continue outer;
    if (a === 3) break outer;
    out.push(a + b);
  }
}
console.log(out.join(","));
function find(list, pred) {
  for (const item of list) if (pred(item)) return item;
  return "none";
}
console.log(find([3, 8, 12], (v) => v > 5), find([], () => true));
out = [];
for (const x of [1, 2, 3]) {
  try {
    if (x === 2) continue;
    out.push("t" + x);
  } finally {
    out.push("f" + x);
  }
}
console.log(out.join(","));
out = [];
for (const x of new Set([1, 2, 3])) { if (x === 2) break; out.push(x); }
console.log(out.join(","));
out = [];
loop: for (const c of "abcdef") {
  switch (c) {
    case "b": continue loop;
    case "e": break loop;
    default: out.push(c);
  }
}
console.log(out.join(""));
var m = new Map([[1, "a"], [2, "b"], [3, "c"]]);
out = [];
for (const [k, v] of m) { if (k === 2) continue; out.push(v); }
console.log(out.join(""));
