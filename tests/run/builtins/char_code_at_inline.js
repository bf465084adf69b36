// `s.charCodeAt(i)` reads the code unit inline while String.prototype is
// untouched (`bibao_string_intact`) and `s` is a string; everything else
// takes the builtin or an ordinary call. Each must give node's result.

// Integer indexes: int32 and counter locals, constants, inlined arguments.
const s = "héllo, wörld \u{1F600}!\u0000\uffff";
let h = 0;
for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
console.log(h, s.length);
let back = 0;
for (let i = s.length - 1; i >= 0; i--) back = (back * 7 + s.charCodeAt(i)) | 0;
console.log(back, s.charCodeAt(0), s.charCodeAt(14), s.charCodeAt(15), s.charCodeAt(17));
function at(str, i) {
  return str.charCodeAt(i);
}
console.log(at("abc", 0), at("abc", 2), at("abc", 3), at("", 0));

// Indexes that are not in-range integers.
console.log(
  s.charCodeAt(-1),
  s.charCodeAt(100),
  s.charCodeAt(2147483648),
  s.charCodeAt(-2147483649),
  s.charCodeAt(1.7),
  s.charCodeAt(-0.5),
  s.charCodeAt(-0),
  s.charCodeAt(NaN),
  s.charCodeAt(Infinity),
  s.charCodeAt(-Infinity)
);
console.log(
  s.charCodeAt("2"),
  s.charCodeAt(" 3 "),
  s.charCodeAt("x"),
  s.charCodeAt(undefined),
  s.charCodeAt(null),
  s.charCodeAt(true),
  s.charCodeAt([4]),
  s.charCodeAt({ valueOf() { return 5; } }),
  s.charCodeAt()
);
try {
  s.charCodeAt({ valueOf() { throw new RangeError("from valueOf"); } });
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// Ropes (long concatenations) are flattened by the builtin, then read inline.
let r = "";
for (let i = 0; i < 300; i++) r += String.fromCharCode(65 + (i % 26));
let rs = 0;
for (let i = 0; i < r.length; i++) rs = (rs + r.charCodeAt(i) * i) | 0;
console.log(rs, r.charCodeAt(299), r.charCodeAt(300));
const rope = r + r;
console.log(rope.charCodeAt(599), rope.charCodeAt(0), rope.length);

// Receivers that are not strings. (Functions stored under `charCodeAt`
// come from `made`, so that no call site becomes an inlined method call.)
function made(f) {
  return f;
}
console.log(new String("abc").charCodeAt(1));
const own = { charCodeAt: made((i) => "own " + i) };
console.log(own.charCodeAt(5));
const proto = Object.create({ charCodeAt: made((i) => i * 2) });
console.log(proto.charCodeAt(21));
for (const v of [5, true, 1.5]) {
  try {
    v.charCodeAt(0);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
for (const v of [null, undefined]) {
  try {
    v.charCodeAt(0);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
console.log(String.prototype.charCodeAt.call(12345, 2), String.prototype.charCodeAt.call([7, 8], 1));

// A receiver whose type changes inside the loop.
const mixed = ["ab", own, "cd", new String("ef")];
for (const m of mixed) console.log(m.charCodeAt(1));

// Other String.prototype properties added: charCodeAt is still the builtin.
String.prototype.shout = function () {
  return this.toUpperCase() + "!";
};
console.log("abc".shout(), "abc".charCodeAt(1));

// Replaced while the argument is evaluated: the old builtin still runs, as
// the callee was found before the arguments.
const original = String.prototype.charCodeAt;
console.log("abc".charCodeAt((String.prototype.charCodeAt = made((i) => "mine " + i), 1)));
console.log("abc".charCodeAt(1));
String.prototype.charCodeAt = original;
let again = 0;
for (let i = 0; i < 3; i++) again += "xyz".charCodeAt(i);
console.log(again);
