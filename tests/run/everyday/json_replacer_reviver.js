// Replacer functions/arrays, toJSON, and reviver.
const order = {
  id: 1,
  customer: { name: "Lin", password: "secret", email: "lin@example.com" },
  lines: [{ sku: "A", qty: 2, price: 3.5 }, { sku: "B", qty: 1, price: 10 }],
  createdAt: 1700000000000,
};
console.log(JSON.stringify(order, (key, value) => (key === "password" ? undefined : value)));
console.log(JSON.stringify(order, ["id", "customer", "name", "lines", "sku"], 1));
const seen = [];
JSON.stringify(order, function (k, v) { seen.push(k === "" ? "(root)" : k); return v; });
console.log(seen.join(","));
console.log(JSON.stringify(order, (k, v) => (typeof v === "number" ? v * 2 : v)));
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON() { return (this.cents / 100).toFixed(2) + " EUR"; }
}
console.log(JSON.stringify({ total: new Money(1234), list: [new Money(5)] }, null, 2));
const revived = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"when":"2020"}', (k, v) => {
  if (typeof v === "number") return v + 100;
  if (k === "when") return "year " + v;
  return v;
});
console.log(revived);
const dropped = JSON.parse('{"keep":1,"drop":2}', (k, v) => (k === "drop" ? undefined : v));
console.log(dropped, Object.keys(dropped));
const cyc = { name: "loop" };
cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split("\n")[0]); }
