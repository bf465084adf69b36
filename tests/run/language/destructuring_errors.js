// Destructuring null/undefined throws TypeError.
function tryIt(label, f) {
  try { console.log(label, f()); }
  catch (e) { console.log(label, e.constructor.name, e instanceof TypeError); }
}
tryIt("obj from null", () => { var { a } = null; return a; });
tryIt("obj from undefined", () => { var { a } = undefined; return a; });
tryIt("arr from null", () => { var [a] = null; return a; });
tryIt("arr from number", () => { var [a] = 42; return a; });
tryIt("arr from object", () => { var [a] = {}; return a; });
tryIt("empty obj from number", () => { var {} = 42; return "fine"; });
tryIt("nested missing", () => { var { a: { b } } = {}; return b; });
tryIt("obj from string", () => { var { length } = "abc"; return length; });
tryIt("obj from number ok", () => { var { toFixed } = 1; return typeof toFixed; });
console.log("end");
