// Throwing plain objects and errors with extra fields.
function fail(code) {
  var e = new Error("failed with " + code);
  e.code = code;
  throw e;
}
try { fail(404); } catch (e) { console.log(e.message, e.code, e.name); }
try { throw { name: "Custom", message: "object error" }; } catch (e) { console.log(e.name, e.message); }
function MyError(msg) { this.msg = msg; }
try { throw new MyError("mine"); } catch (e) { console.log(e instanceof MyError, e instanceof Error, e.msg); }
var err = new RangeError("r");
err.name = "Renamed";
console.log(err.name, err.message, err instanceof RangeError);
