// `: int32` locals: bitwise results, small integer literals, and counters
// bounded by their loop's test. `t` may leave the range; `u` is a uint32.
function checksum(xs, n) {
  let s = 0, t = 0, u = 0;
  const m = n | 0;
  for (let i = 0; i < m; i++) {
    s = (s * 31 + xs[i]) | 0;
    t = t + xs[i];
    u = (u + s) >>> 0;
  }
  for (let j = 9; j >= 0; j--) s ^= j;
  return [s, t, u];
}
console.log(checksum([1, 2, 3], 3));
