// Destructuring patterns in catch parameters.
try {
  throw { code: 42, detail: { reason: "because" } };
} catch ({ code, detail: { reason }, missing = "dflt" }) {
  console.log(code, reason, missing);
}
try {
  throw new RangeError("out of range");
} catch ({ name, message }) {
  console.log(name, message);
}
try { throw [1, 2, 3]; } catch ([first, ...rest]) { console.log(first, rest.join(",")); }
