// An uncaught Error subclass instance.
class AppError extends Error {
  constructor(msg) { super(msg); this.name = "AppError"; }
}
console.log("working");
throw new AppError("something broke");
