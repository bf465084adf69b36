// queens: count all N-queens solutions by backtracking with arrays
// (column / diagonal occupancy arrays and a position array).

function solve(n) {
  const cols = new Array(n).fill(false);
  const diag1 = new Array(2 * n - 1).fill(false);
  const diag2 = new Array(2 * n - 1).fill(false);
  const pos = new Array(n).fill(-1);
  let count = 0;
  let firstSolution = null;

  function place(row) {
    if (row === n) {
      if (firstSolution === null) firstSolution = pos.slice();
      count++;
      return;
    }
    for (let c = 0; c < n; c++) {
      const d1 = row + c;
      const d2 = row - c + n - 1;
      if (!cols[c] && !diag1[d1] && !diag2[d2]) {
        cols[c] = true;
        diag1[d1] = true;
        diag2[d2] = true;
        pos[row] = c;
        place(row + 1);
        cols[c] = false;
        diag1[d1] = false;
        diag2[d2] = false;
      }
    }
  }

  place(0);
  return { count: count, first: firstSolution };
}

// A second solver that checks conflicts against the placed queens directly.
function solveScan(n) {
  const q = [];
  let count = 0;
  function ok(row, c) {
    for (let r = 0; r < row; r++) {
      const qc = q[r];
      if (qc === c || qc - c === row - r || c - qc === row - r) return false;
    }
    return true;
  }
  function go(row) {
    if (row === n) { count++; return; }
    for (let c = 0; c < n; c++) {
      if (ok(row, c)) {
        q[row] = c;
        go(row + 1);
      }
    }
  }
  go(0);
  return count;
}

let total = 0;
for (let rep = 0; rep < 100; rep++) {
  for (let n = 4; n <= 10; n++) total += solve(n).count;
}
const r10 = solve(10);
console.log("queens(10) = " + r10.count + ", first = [" + r10.first.join(" ") + "]");
console.log("queens(9) scan = " + solveScan(9));
console.log("queens(10) scan = " + solveScan(10));
console.log("queens(11) scan = " + solveScan(11));
console.log("checksum " + total);
