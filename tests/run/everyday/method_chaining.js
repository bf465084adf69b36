// Array method chains and a fluent builder.
const sales = [
  { region: "north", amount: 120, rep: "al" }, { region: "south", amount: 80, rep: "bo" },
  { region: "north", amount: 45, rep: "cy" }, { region: "east", amount: 200, rep: "al" },
  { region: "south", amount: 15, rep: "al" }, { region: "east", amount: 60, rep: "bo" },
];
const summary = sales
  .filter((s) => s.amount > 20)
  .map((s) => ({ ...s, amount: s.amount * 1.1 }))
  .sort((a, b) => b.amount - a.amount)
  .slice(0, 4)
  .map((s) => `${s.rep}@${s.region}:${s.amount.toFixed(1)}`)
  .join(" | ");
console.log(summary);
const byRep = sales.reduce((acc, s) => ({ ...acc, [s.rep]: (acc[s.rep] || 0) + s.amount }), {});
console.log(byRep);
const text = "  The Quick  brown FOX  ";
console.log(text.trim().toLowerCase().split(" ").filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("-"));
class Query {
  constructor() { this.parts = []; }
  select(...f) { this.parts.push("SELECT " + f.join(", ")); return this; }
  from(t) { this.parts.push("FROM " + t); return this; }
  where(c) { this.parts.push((this.parts.some((p) => p.startsWith("WHERE")) ? "AND " : "WHERE ") + c); return this; }
  orderBy(f, dir = "ASC") { this.parts.push(`ORDER BY ${f} ${dir}`); return this; }
  toString() { return this.parts.join(" "); }
}
console.log(String(new Query().select("id", "name").from("users").where("age > 18").where("active").orderBy("name")));
console.log([[1, [2]], [3]].flat(2).concat([4]).reverse().findLast((x) => x % 2 === 1));
console.log([1, 2, 3].flatMap((x) => [x, x * x]).filter((x, i, arr) => arr.indexOf(x) === i));
