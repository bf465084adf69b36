// Error objects have a string `stack` property.
const e = new Error("msg");
console.log(typeof e.stack, e.stack.split("\n")[0]);
try { null.x; } catch (err) { console.log(typeof err.stack, err.stack.split("\n")[0]); }
