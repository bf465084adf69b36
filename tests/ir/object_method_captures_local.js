// Rule: a method in an object literal is a closure like any other: it captures
// the local `prefix` by copy (never reassigned) and `calls` by box (mutated),
// and reads its receiver through `this`.
function makeLogger(prefix) {
  let calls = 0;
  return {
    tag: "L",
    log(msg) {
      calls++;
      return prefix + this.tag + calls + ": " + msg;
    },
  };
}
const lg = makeLogger("#");
lg.log("a");
console.log(lg.log("b"));
