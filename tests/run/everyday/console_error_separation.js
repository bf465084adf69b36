// console.error writes to stderr, so only console.log lines are in stdout.
console.log("to stdout 1");
console.error("to stderr", { a: 1 });
console.log("to stdout 2", [1, 2]);
console.error(new Error("errors are printed on stderr"));
try { null.x; } catch (e) { console.error("caught:", e.message); console.log("handled", e.name); }
console.log("done");
