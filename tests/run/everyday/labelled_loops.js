// Labelled break and continue.
const found = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    found.push(`${i}${j}`);
  }
}
console.log(found.join(" "));
function findPair(grid, target) {
  let result = null;
  search: for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) { result = [r, c]; break search; }
    }
  }
  return result;
}
console.log(findPair([[1, 2], [3, 4], [5, 6]], 4), findPair([[1]], 9));
let n = 0;
block: {
  n++;
  if (n > 0) break block;
  n = 100;
}
console.log("n", n);
const primes = [];
candidates: for (let x = 2; primes.length < 10; x++) {
  for (const p of primes) if (x % p === 0) continue candidates;
  primes.push(x);
}
console.log(primes);
let steps = 0;
loop1: while (true) {
  loop2: do {
    steps++;
    if (steps % 3 === 0) continue loop1;
    if (steps > 10) break loop1;
  } while (steps % 5 !== 0);
}
console.log("steps", steps);
