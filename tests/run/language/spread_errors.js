// Spreading non-iterables throws TypeError.
function tryIt(label, f) {
  try { f(); console.log(label, "no error"); }
  catch (e) { console.log(label, e instanceof TypeError, e.constructor.name); }
}
tryIt("number", function () { return [...5]; });
tryIt("undefined", function () { return [...undefined]; });
tryIt("null call", function () { return Math.max(...null); });
tryIt("object", function () { return [...{ a: 1 }]; });
tryIt("obj spread null", function () { return { ...null }; });
tryIt("string", function () { return [..."ok"]; });
console.log("done");
