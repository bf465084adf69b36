// Comparator closures that capture a key name and a shared call counter.
var calls = 0;
function byKey(key) {
  return function (a, b) { calls++; return a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0; };
}
var rows = [{ n: "c", v: 2 }, { n: "a", v: 3 }, { n: "b", v: 1 }];
rows.sort(byKey("n"));
console.log(rows[0].n, rows[1].n, rows[2].n, calls > 0);
rows.sort(byKey("v"));
console.log(rows[0].n, rows[1].n, rows[2].n);
var desc = false;
var flip = (a, b) => desc ? b.v - a.v : a.v - b.v;
desc = true;
rows.sort(flip);
console.log(rows[0].v, rows[1].v, rows[2].v);
