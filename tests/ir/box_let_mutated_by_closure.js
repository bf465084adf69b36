// Rule: a captured `let` that a closure assigns is boxed; the creating
// function reads it through the same box (`box_get(%hits)`).
function each(items, f) {
  for (let k = 0; k < items.length; k++) f(items[k]);
}
function tally(items) {
  let hits = 0;
  each(items, (x) => {
    if (x > 2) hits++;
  });
  return hits;
}
console.log(tally([1, 2, 3, 4, 5]));
