// Error "subclasses" made with constructor functions.
Error.stackTraceLimit = 0;
function ValidationError(message) {
  this.message = message;
}
ValidationError.prototype = new Error();
ValidationError.prototype.constructor = ValidationError;
console.log(new ValidationError("v1"));
ValidationError.prototype.name = "ValidationError";
console.log(new ValidationError("v2"));
console.log({ err: new ValidationError("v3") });
function HttpError(status) {
  this.message = "HTTP " + status;
  this.status = status;
}
HttpError.prototype = new Error();
HttpError.prototype.constructor = HttpError;
HttpError.prototype.name = "HttpError";
console.log(new HttpError(404));
function MyTypeError(m) { this.message = m; }
MyTypeError.prototype = new TypeError();
MyTypeError.prototype.constructor = MyTypeError;
console.log(new MyTypeError("mt"));
