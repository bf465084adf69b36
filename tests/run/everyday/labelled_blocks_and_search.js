// Labelled statements in realistic searches: matrix scan, validation, retry loops.
const grid = [
  [1, 2, 3, 4],
  [5, 6, -7, 8],
  [9, -10, 11, 12],
];
let firstNegative = null;
scan: for (const [r, row] of grid.entries()) {
  for (const [c, v] of row.entries()) {
    if (v < 0) { firstNegative = { r, c, v }; break scan; }
  }
}
console.log(firstNegative);
const rowsWithoutNegatives = [];
rows: for (let r = 0; r < grid.length; r++) {
  for (const v of grid[r]) if (v < 0) continue rows;
  rowsWithoutNegatives.push(r);
}
console.log(rowsWithoutNegatives);
function validate(records) {
  const errors = [];
  check: {
    if (!Array.isArray(records)) { errors.push("not an array"); break check; }
    each: for (const rec of records) {
      for (const field of ["id", "name"]) {
        if (!(field in rec)) { errors.push(`missing ${field} in ${JSON.stringify(rec)}`); continue each; }
      }
      if (errors.length > 2) break check;
    }
  }
  return errors;
}
console.log(validate("x"), validate([{ id: 1, name: "a" }, { id: 2 }, { name: "c" }, {}, {}, {}]));
let attempts = 0;
retry: while (true) {
  attempts++;
  for (const step of ["connect", "auth", "fetch"]) {
    if (step === "auth" && attempts < 3) continue retry;
  }
  break;
}
console.log("attempts", attempts);
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    switch (j) {
      case 1: continue outer;
      default: if (i === 2) break outer;
    }
    console.log("i", i, "j", j);
  }
}
