// Mutual recursion overflow inside a method, and finally blocks still run.
class Node {
  constructor() { this.other = null; }
  visit(depth) { return this.other.visit(depth + 1); }
}
const a = new Node();
const b = new Node();
a.other = b;
b.other = a;
let finallyRan = false;
try {
  try {
    a.visit(0);
  } finally {
    finallyRan = true;
  }
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("finally ran:", finallyRan);
function wrapped() {
  try {
    return wrapped();
  } catch (e) {
    throw e;
  }
}
try { wrapped(); } catch (e) { console.log(String(e)); }
