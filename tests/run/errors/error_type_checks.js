// Distinguishing error types with instanceof.
function kind(f) {
  try { f(); return "none"; }
  catch (e) {
    if (e instanceof TypeError) return "type:" + e.message;
    if (e instanceof ReferenceError) return "ref:" + e.message;
    if (e instanceof RangeError) return "range:" + e.message;
    if (e instanceof Error) return "error:" + e.message;
    return "value:" + e;
  }
}
console.log(kind(function () { null(); }));
console.log(kind(function () { return zzz; }));
console.log(kind(function () { throw new RangeError("r"); }));
console.log(kind(function () { throw new Error("e"); }));
console.log(kind(function () { throw 3; }));
console.log(kind(function () { return 1; }));
