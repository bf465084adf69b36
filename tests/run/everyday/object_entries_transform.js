// Object.entries/fromEntries transformations: filter, map values, invert, group.
const prices = { apple: 1.2, bread: 2.5, caviar: 99, dates: 4 };
const cheap = Object.fromEntries(Object.entries(prices).filter(([, p]) => p < 5));
const taxed = Object.fromEntries(Object.entries(prices).map(([k, p]) => [k, +(p * 1.2).toFixed(2)]));
const inverted = Object.fromEntries(Object.entries({ a: "x", b: "y", c: "x" }).map(([k, v]) => [v, k]));
console.log(cheap, taxed, inverted);
const people = [{ n: "a", team: "red" }, { n: "b", team: "blue" }, { n: "c", team: "red" }];
const byTeam = {};
for (const p of people) (byTeam[p.team] ||= []).push(p.n);
console.log(byTeam, Object.keys(byTeam).length);
const counts = [..."hello world"].reduce((m, ch) => ((m[ch] = (m[ch] || 0) + 1), m), {});
console.log(counts);
const sortedByValue = Object.entries(counts).sort(([, a], [, b]) => b - a).slice(0, 3);
console.log(sortedByValue);
console.log(Object.values(prices).reduce((a, b) => a + b).toFixed(2), Object.keys({}).length === 0);
const pick = (o, ...keys) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
const omit = (o, ...keys) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
console.log(pick(prices, "apple", "zzz", "dates"), omit(prices, "caviar"));
