// Subclassing Error: name, message, instanceof, stack-free printing.
class ValidationError extends Error {
  constructor(field, msg) {
    super(msg);
    this.name = "ValidationError";
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) { super(field, field + " is required"); this.name = "RequiredError"; }
}
try {
  throw new RequiredError("email");
} catch (e) {
  console.log(e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
  console.log(e.name, e.message, e.field);
  console.log(String(e));
  console.log(e.toString());
}
class PlainErr extends Error {}
var p = new PlainErr("plain");
console.log(p.name, p.message, p instanceof PlainErr, String(p));
class CodeErr extends TypeError {
  constructor(code) { super("code " + code); this.code = code; }
}
var c = new CodeErr(404);
console.log(c instanceof TypeError, c instanceof Error, c.message, c.code, c.name);
function risky(n) {
  if (n < 0) throw new ValidationError("n", "negative");
  return Math.sqrt(n);
}
for (const v of [4, -1]) {
  try { console.log(risky(v)); }
  catch (err) { console.log("caught", err.name, err.field, err.message); }
}
console.log(Object.prototype.hasOwnProperty.call(p, "message"));
