// Mutual recursion between nested function declarations capturing outer state.
function parity(n) {
  var calls = 0;
  function even(k) { calls++; return k === 0 ? true : odd(k - 1); }
  function odd(k) { calls++; return k === 0 ? false : even(k - 1); }
  var r = even(n);
  return r + " after " + calls + " calls";
}
console.log(parity(4));
console.log(parity(7));
function collatzLen(n) {
  let steps = 0;
  const up = k => { steps++; return k === 1 ? steps : (k % 2 ? down(3 * k + 1) : down(k / 2)); };
  const down = k => up(k);
  return up(n);
}
console.log(collatzLen(6), collatzLen(27));
