// Rule: a binding captured only by lifted functions (directly or through
// lifted functions nested in them) is passed by value at each call, even
// when the function is hoisted above its initialization: the value cannot
// change while the call runs unless a capturing function assigns it. So
// `cols` and `pos` are plain locals read without box or tdz_check (every call
// of `place` runs after their initialization), `label`, assigned only by
// `solve` between calls, is a plain local too, and `count`, assigned by
// `place`, stays boxed.
function solve(n) {
  const cols = new Array(n).fill(false);
  const pos = [];
  let label = "first";
  let count = 0;
  function place(row) {
    if (row === n) {
      count++;
      return label + pos.join("");
    }
    for (let c = 0; c < n; c++) {
      if (!cols[c]) {
        cols[c] = true;
        pos[row] = c;
        place(row + 1);
        cols[c] = false;
      }
    }
  }
  place(0);
  label = "second";
  place(0);
  return count + " " + label;
}
console.log(solve(3));
