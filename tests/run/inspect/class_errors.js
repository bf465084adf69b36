// Error subclasses.
Error.stackTraceLimit = 0;
class MyError extends Error {}
console.log(new MyError("mine"));
class NamedError extends Error {
  constructor(message) {
    super(message);
    this.name = "NamedError";
  }
}
console.log(new NamedError("named"));
class CodeError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}
console.log(new CodeError("with code", 7));
console.log({ err: new CodeError("nested", 8) });
class ValidationError extends TypeError {}
console.log(new ValidationError("invalid"));
class Weird extends Error {
  constructor() {
    super("weird");
    this.name = "Strange";
  }
}
console.log(new Weird());
try {
  throw new NamedError("thrown");
} catch (e) {
  console.log(e);
  console.log([e]);
}
