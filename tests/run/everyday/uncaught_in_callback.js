// Error thrown from deep inside callbacks is uncaught.
const rows = [{ v: 1 }, { v: 2 }, null, { v: 4 }];
let seen = 0;
rows.forEach((r) => {
  seen++;
  console.log("row", seen, r.v);
});
