// Rule: bindings introduced by destructuring follow the same rules: `lo`/`hi`
// (never reassigned) are copied, `count` (incremented by the closure) is boxed.
function range(pair, o) {
  const [lo, hi] = pair;
  let { count } = o;
  const inside = (v) => {
    count++;
    return lo <= v && v <= hi;
  };
  inside(3);
  return inside(9) + " " + count;
}
console.log(range([1, 5], { count: 0 }));
