// Uncaught custom error subclass.
class ValidationError extends Error {
  constructor(field, msg) {
    super(msg);
    this.name = "ValidationError";
    this.field = field;
  }
}
function validate(o) {
  if (!o.email) throw new ValidationError("email", "email is required");
  return true;
}
console.log(validate({ email: "a@b" }));
validate({});
