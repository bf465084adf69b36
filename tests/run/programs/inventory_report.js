// Inventory and orders report with Map/Set/JSON and sorting.
const catalogJson = `[
  {"sku":"A-100","name":"Widget","category":"tools","price":2.5,"stock":120},
  {"sku":"A-101","name":"Gadget","category":"tools","price":12.99,"stock":8},
  {"sku":"B-200","name":"Apple","category":"food","price":0.4,"stock":500},
  {"sku":"B-201","name":"Bread","category":"food","price":2.2,"stock":0},
  {"sku":"C-300","name":"Novel","category":"books","price":9.99,"stock":30},
  {"sku":"C-301","name":"Atlas","category":"books","price":24.5,"stock":3}
]`;
const ordersJson = JSON.stringify([
  { id: "o1", customer: "kim", lines: [["A-100", 10], ["B-200", 40]] },
  { id: "o2", customer: "lee", lines: [["A-101", 5], ["C-301", 4]] },
  { id: "o3", customer: "kim", lines: [["B-201", 2], ["C-300", 1], ["Z-999", 1]] },
  { id: "o4", customer: "max", lines: [["A-101", 3], ["A-100", 200]] },
  { id: "o5", customer: "lee", lines: [["C-300", 2], ["B-200", 10], ["A-100", 5]] },
]);

const catalog = new Map(JSON.parse(catalogJson).map((p) => [p.sku, p]));
const orders = JSON.parse(ordersJson);
console.log("catalog size", catalog.size, "orders", orders.length);

const fulfilled = [];
const problems = [];
const customers = new Map();
const soldBySku = new Map();
for (const order of orders) {
  let total = 0;
  const shipped = [];
  for (let [sku, qty] of order.lines) {
    const product = catalog.get(sku);
    if (!product) { problems.push({ order: order.id, sku, issue: "unknown sku" }); continue; }
    if (product.stock < qty) {
      problems.push({ order: order.id, sku, issue: `only ${product.stock} in stock, wanted ${qty}` });
      if (product.stock === 0) continue;
      qty = product.stock;
    }
    product.stock -= qty;
    total += qty * product.price;
    shipped.push(`${qty}x${product.name}`);
    soldBySku.set(sku, (soldBySku.get(sku) || 0) + qty);
  }
  total = Math.round(total * 100) / 100;
  fulfilled.push({ id: order.id, customer: order.customer, total, shipped });
  const c = customers.get(order.customer) || { orders: 0, spent: 0, skus: new Set() };
  c.orders++;
  c.spent = Math.round((c.spent + total) * 100) / 100;
  order.lines.forEach(([sku]) => catalog.has(sku) && c.skus.add(sku));
  customers.set(order.customer, c);
}
console.log(fulfilled);
console.log(problems);
console.log(customers);

console.log("\n== revenue by category ==");
const byCategory = {};
for (const [sku, qty] of soldBySku) {
  const p = catalog.get(sku);
  byCategory[p.category] ??= { units: 0, revenue: 0, products: [] };
  const entry = byCategory[p.category];
  entry.units += qty;
  entry.revenue = +(entry.revenue + qty * p.price).toFixed(2);
  entry.products.push(p.name);
}
console.log(JSON.stringify(byCategory, null, 2));

console.log("\n== top customers ==");
const ranked = [...customers.entries()]
  .map(([name, c]) => ({ name, ...c, skus: [...c.skus].sort() }))
  .sort((a, b) => b.spent - a.spent || a.name.localeCompare(b.name));
ranked.forEach((c, i) => console.log(`${i + 1}. ${c.name.padEnd(5)} ${c.spent.toFixed(2).padStart(8)} ${c.orders} order(s) ${c.skus.join(",")}`));

console.log("\n== stock report ==");
const rows = [...catalog.values()].sort((a, b) => a.stock - b.stock || a.sku.localeCompare(b.sku));
const header = ["SKU", "Name", "Stock", "Value", "Status"];
const table = rows.map((p) => [
  p.sku, p.name, String(p.stock), (p.stock * p.price).toFixed(2),
  p.stock === 0 ? "OUT" : p.stock < 10 ? "LOW" : "ok",
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("-+-"));
table.forEach((r) => console.log(line(r)));
const totalValue = rows.reduce((s, p) => s + p.stock * p.price, 0);
console.log("total inventory value:", totalValue.toFixed(2));

const reorder = rows.filter((p) => p.stock < 10).map((p) => ({ sku: p.sku, qty: Math.max(20 - p.stock, 10) }));
console.log("reorder:", JSON.stringify(reorder));
const categories = new Set(rows.map((p) => p.category));
console.log(categories, [...categories].sort());
const soldOut = new Set(rows.filter((p) => p.stock === 0).map((p) => p.sku));
const wanted = new Set(orders.flatMap((o) => o.lines.map(([s]) => s)));
console.log("wanted but sold out:", [...wanted].filter((s) => soldOut.has(s)));
console.log("never ordered:", [...catalog.keys()].filter((s) => !wanted.has(s)));
console.log(JSON.parse(JSON.stringify({ soldBySku: Object.fromEntries(soldBySku) })));

console.log("\n== order sizes ==");
const sizes = fulfilled.map((o) => ({ id: o.id, lines: o.shipped.length, total: o.total }));
const buckets = new Map([["small", []], ["medium", []], ["large", []]]);
for (const s of sizes) buckets.get(s.total < 20 ? "small" : s.total < 100 ? "medium" : "large").push(s.id);
console.log(buckets);
const avg = sizes.reduce((a, s) => a + s.total, 0) / sizes.length;
console.log("average order", avg.toFixed(3), "max", Math.max(...sizes.map((s) => s.total)));
console.log(JSON.stringify(sizes.sort((a, b) => b.total - a.total), ["id", "total"], 1));
