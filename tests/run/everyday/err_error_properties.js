// Standard properties of thrown runtime errors.
let caught;
try { null.x; } catch (e) { caught = e; }
console.log(caught.name, caught instanceof TypeError, caught instanceof Error, typeof caught.message);
console.log(Object.keys(caught), caught.hasOwnProperty("message"), caught.hasOwnProperty("name"));
console.log(caught.constructor === TypeError, Object.getPrototypeOf(caught) === TypeError.prototype);
console.log(String(caught));
const e = new Error("msg");
console.log(e.message, e.name, e.toString());
const noMsg = new Error();
console.log(JSON.stringify(noMsg.message), noMsg.toString());
const custom = new TypeError("custom");
custom.name = "Renamed";
console.log(custom.toString(), custom instanceof TypeError);
const obj = { name: "Fake", message: "not an error" };
console.log(Error.prototype.toString.call(obj), obj instanceof Error);
console.log([new RangeError("r")].map(String), `${new SyntaxError("s")}`);
console.log(new Error("x", { cause: "why" }).cause);
