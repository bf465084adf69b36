// toFixed rounding and edge cases.
const xs = [0, 1, 1.005, 1.5, 2.5, -1.5, 0.000001, 123.456, 1e21, -0, 0.1 + 0.2, 99.995, 1.45, 8.345];
for (const x of xs) console.log(x, x.toFixed(0), x.toFixed(2), x.toFixed(5));
console.log((1234.5678).toFixed(1), (0.5).toFixed(0), (-0.5).toFixed(0));
console.log(typeof (1).toFixed(2));
const prices = [19.99, 5, 0.1, 100];
const total = prices.reduce((a, b) => a + b, 0);
console.log(total, total.toFixed(2), "$" + (total * 1.2).toFixed(2));
try { (1).toFixed(101); } catch (e) { console.log(e.name, e.message); }
