// Map/Set key equality: SameValueZero, object identity, type distinctions.
const m = new Map();
m.set(1, "number one").set("1", "string one").set(true, "bool").set(null, "null").set(undefined, "undef");
m.set(NaN, "nan");
console.log(m.get(1), m.get("1"), m.get(true), m.get(null), m.get(undefined), m.get(NaN), m.get(0 / 0));
console.log(m.size, m.has(false), m.get("true"));
m.set(0, "zero");
console.log(m.get(-0), m.has(-0));
const a = { k: 1 }, b = { k: 1 };
const s = new Set([a, b, a, [1], [1]]);
console.log(s.size, s.has(a), s.has({ k: 1 }));
const fnKey = () => 1;
const fm = new Map([[fnKey, "fn"]]);
console.log(fm.get(fnKey), fm.get(() => 1));
console.log(m.delete(NaN), m.delete(NaN), m.size);
const grouped = new Map();
for (const v of [1, "1", 1, 2, "2", 1.0]) {
  const k = typeof v;
  grouped.set(k, [...(grouped.get(k) || []), v]);
}
console.log(grouped);
const wm = new Map([[{ x: 1 }, 1]]);
console.log(wm, [...wm.keys()][0].x);
console.log(new Set("mississippi"), new Set([..."mississippi"].sort()).size);
