// console.log of an error prints the first line of node's output (its stack's
// header); with Error.stackTraceLimit = 0 node itself prints [Error: msg].
const plain = new Error("plain");
console.log(String(plain));
console.log(typeof plain.stack, plain.stack.split("\n")[0]);
class NotFound extends Error {
  constructor(what) { super(what + " not found"); this.name = "NotFound"; }
}
const nf = new NotFound("user");
console.log(nf.stack.split("\n")[0], nf instanceof NotFound, nf.name);
Error.stackTraceLimit = 0;
console.log(new Error("no frames"));
console.log({ inner: new RangeError("in object") });
console.log([new TypeError("in array")]);
