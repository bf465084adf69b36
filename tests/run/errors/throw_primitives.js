// Any value can be thrown and caught.
function tryThrow(v) {
  try { throw v; } catch (e) { return e; }
}
console.log(tryThrow(42));
console.log(tryThrow("msg"));
console.log(tryThrow(null));
console.log(tryThrow(undefined));
console.log(tryThrow(true));
console.log(tryThrow(-0));
console.log(typeof tryThrow(NaN), tryThrow(NaN));
var o = { code: 7 };
console.log(tryThrow(o) === o, tryThrow(o).code);
var f = function () { return "thrown fn"; };
console.log(tryThrow(f)());
