// Recursion 5,000 frames deep where every frame holds heap values (an
// object, an array, a string and a closure) in locals across the recursive
// call. Run under BIBAO_GC=stress, every poll collects, so each frame's values
// must be found through the stack maps or they are freed while still in use.
function dive(depth) {
  var node = { depth: depth, tag: "d" + depth };
  var list = [depth, depth * 2, "e" + depth];
  var get = function () { return node.depth + list[1]; };
  if (depth === 0) return 0;
  var below = dive(depth - 1);
  // Allocate after the call so that stale values would be overwritten.
  var junk = [{ a: depth }, "j" + depth, [depth]];
  return below + get() + list[2].length + node.tag.length + junk.length - 3;
}

console.log("dive " + dive(5000));

function build(depth) {
  if (depth === 0) return null;
  var rest = build(depth - 1);
  return { v: depth, s: "n" + depth, next: rest };
}
var chain = build(5000);
var n = 0;
var chars = 0;
while (chain !== null) {
  n++;
  chars += chain.s.length;
  chain = chain.next;
}
console.log("chain " + n + " " + chars);
