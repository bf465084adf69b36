// The TypeErrors of `instanceof`, `in` and `class extends` name the
// offending value as V8 does (NoSideEffectsToString: strings unquoted,
// objects as #<Constructor>, arrays as [object Array]).
for (const v of [{ b: 1 }, [1, 2], "str", new Map(), Math, 5, undefined, true]) {
  try {
    class X extends v {}
  } catch (e) {
    console.log(e.message);
  }
}
function F() {}
for (const p of [5, "s"]) {
  F.prototype = p;
  try {
    class Y extends F {}
  } catch (e) {
    console.log(e.message);
  }
}
for (const p of ["s", null, 7, undefined]) {
  F.prototype = p;
  try {
    ({}) instanceof F;
  } catch (e) {
    console.log(e.message);
  }
  console.log(5 instanceof F);
}
for (const r of [5, "x", null, {}, [], Math]) {
  try {
    ({}) instanceof r;
  } catch (e) {
    console.log(e.message);
  }
}
for (const r of ["str", "", 5, true, undefined, null]) {
  try {
    "a" in r;
  } catch (e) {
    console.log(e.message);
  }
}
