// Destructuring with defaults in function parameters and loops.
function createUser({ name, age = 18, roles = ["user"], address: { city = "unknown", zip } = {} } = {}) {
  return `${name ?? "anon"} (${age}) [${roles.join("|")}] ${city}/${zip}`;
}
console.log(createUser());
console.log(createUser({ name: "ann", age: 0, address: { zip: "123" } }));
console.log(createUser({ name: "bo", roles: [], address: { city: "Oslo" } }));
console.log(createUser({ name: null, age: undefined }));
const rows = [["ann", 30, "dev"], ["bo"], ["cy", 25]];
for (const [name, age = "?", role = "none"] of rows) console.log(name, age, role);
const entries = Object.entries({ a: { x: 1 }, b: { x: 2, y: 3 } });
for (const [key, { x, y = 0 }] of entries) console.log(key, x + y);
let counter = 0;
const next = () => ++counter;
const { p = next(), q = next(), r = next() } = { q: "given" };
console.log(p, q, r, counter);
const [s = next(), t = s * 10] = [];
console.log(s, t);
function swap([a, b]) { return [b, a]; }
console.log(swap([1, 2]), swap("xy"));
const { length, 0: first, [length - 1]: last } = "hello";
console.log(length, first, last);
