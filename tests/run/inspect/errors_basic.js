// Errors print as node prints an error whose stack is just "Name: message".
Error.stackTraceLimit = 0;
console.log(new Error("boom"));
console.log(new TypeError("bad type"));
console.log(new RangeError("out of range"));
console.log(new ReferenceError("missing"));
console.log(new SyntaxError("syntax"));
console.log(new Error(""));
console.log(new Error());
console.log({ e: new Error("boom") });
console.log([new Error("one"), new TypeError("two")]);
console.log({ a: { b: { c: new Error("deep") } } });
console.log({ a: { b: { c: { d: new Error("too deep") } } } });
console.log("message:", new Error("inline"));
try {
  null.x;
} catch (e) {
  console.log(e);
  console.log({ caught: e });
}
try {
  undefinedVariable;
} catch (e) {
  console.log(e);
}
