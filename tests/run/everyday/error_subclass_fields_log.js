// Error subclasses with extra fields, printed in various ways.
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
  get isClient() { return this.status >= 400 && this.status < 500; }
}
class NotFound extends HttpError {
  constructor(path) {
    super(404, "not found: " + path);
    this.name = "NotFound";
    this.path = path;
  }
}
const e = new NotFound("/x");
console.log(e.name, e.message, e.status, e.path, e.isClient);
console.log(e instanceof NotFound, e instanceof HttpError, e instanceof Error);
console.log(String(e));
console.log(`${e}`);
console.log(Object.keys(e));
console.log(JSON.stringify(e));
console.log({ status: e.status, msg: e.message });
console.log(Object.prototype.toString.call(e));
console.log(e.constructor.name, Object.getPrototypeOf(e) === NotFound.prototype);
const plain = new Error("plain");
plain.code = "E_PLAIN";
console.log(plain.code, Object.keys(plain), plain.toString());
const errs = [new TypeError("t"), new RangeError("r"), new SyntaxError("s"), new ReferenceError("f")];
console.log(errs.map((x) => x.name + "/" + x.message).join(" "));
console.log(errs.map((x) => x instanceof Error));
