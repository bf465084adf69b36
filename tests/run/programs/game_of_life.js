// Conway's game of life on arrays, with pattern detection and statistics.
function parseGrid(lines) {
  return lines.map((l) => [...l].map((c) => (c === "#" ? 1 : 0)));
}
function show(grid) {
  return grid.map((row) => row.map((c) => (c ? "#" : ".")).join("")).join("\n");
}
function neighbors(grid, r, c, wrap) {
  const h = grid.length, w = grid[0].length;
  let n = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      if (dr === 0 && dc === 0) continue;
      let rr = r + dr, cc = c + dc;
      if (wrap) { rr = (rr + h) % h; cc = (cc + w) % w; }
      else if (rr < 0 || cc < 0 || rr >= h || cc >= w) continue;
      n += grid[rr][cc];
    }
  }
  return n;
}
function step(grid, { wrap = false, born = [3], survive = [2, 3] } = {}) {
  return grid.map((row, r) => row.map((cell, c) => {
    const n = neighbors(grid, r, c, wrap);
    return (cell ? survive : born).includes(n) ? 1 : 0;
  }));
}
const population = (g) => g.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
const key = (g) => g.map((r) => r.join("")).join("/");
function boundingBox(g) {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  g.forEach((row, r) => row.forEach((c, col) => {
    if (c) { top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, col); right = Math.max(right, col); }
  }));
  return bottom < 0 ? null : { top, left, bottom, right, width: right - left + 1, height: bottom - top + 1 };
}
function run(name, grid, generations, opts) {
  console.log(`== ${name} ==`);
  const seen = new Map();
  let g = grid;
  const pops = [];
  for (let gen = 0; gen <= generations; gen++) {
    const k = key(g);
    pops.push(population(g));
    if (seen.has(k)) {
      const first = seen.get(k);
      console.log(`generation ${gen} repeats generation ${first} (period ${gen - first})`);
      break;
    }
    seen.set(k, gen);
    if (gen < 3 || gen === generations) {
      console.log(`gen ${gen} pop ${population(g)} box ${JSON.stringify(boundingBox(g))}`);
      console.log(show(g));
    }
    g = step(g, opts);
  }
  console.log("populations:", pops.join(","));
  return g;
}

const blinker = parseGrid([".....", "..#..", "..#..", "..#..", "....."]);
run("blinker", blinker, 5);
const block = parseGrid(["....", ".##.", ".##.", "...."]);
run("block", block, 3);
const glider = parseGrid([
  ".#......", "..#.....", "###.....", "........", "........", "........", "........", "........",
]);
const after = run("glider (wrapping)", glider, 32, { wrap: true });
console.log("glider back home after 32:", key(after) === key(glider));
const toad = parseGrid(["......", "......", "..###.", ".###..", "......", "......"]);
run("toad", toad, 4);
const rpent = Array.from({ length: 16 }, () => new Array(16).fill(0));
[[7, 8], [7, 9], [8, 7], [8, 8], [9, 8]].forEach(([r, c]) => { rpent[r][c] = 1; });
const end = run("r-pentomino in a box", rpent, 40);
console.log("final population", population(end));
const seeds = parseGrid(["......", "..##..", "......", "......"]);
run("seeds rule B2/S", seeds, 4, { born: [2], survive: [] });
const empty = parseGrid(["...", ".#.", "..."]);
const dead = step(empty);
console.log(show(dead), population(dead), boundingBox(dead));
console.log(neighbors(parseGrid(["###", "#.#", "###"]), 1, 1), neighbors(parseGrid(["#..", "...", "..#"]), 0, 0, true));
