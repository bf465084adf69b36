// Chains that mix optional calls, array methods, and fluent objects.
const api = {
  users: [
    { id: 1, name: "ann", posts: [{ title: "hi", likes: 3 }, { title: "yo", likes: 10 }] },
    { id: 2, name: "bo", posts: [] },
    { id: 3, name: "cy" },
  ],
  find(id) { return this.users.find((u) => u.id === id); },
};
for (const id of [1, 2, 3, 4]) {
  const best = api.find(id)?.posts?.slice().sort((a, b) => b.likes - a.likes)[0]?.title ?? "(none)";
  const total = api.find(id)?.posts?.reduce((s, p) => s + p.likes, 0) ?? 0;
  console.log(id, best, total, api.find(id)?.name.toUpperCase());
}
const collection = (items) => ({
  items,
  where(pred) { return collection(this.items.filter(pred)); },
  pluck(k) { return collection(this.items.map((x) => x[k])); },
  unique() { return collection([...new Set(this.items)]); },
  first() { return this.items[0]; },
  count() { return this.items.length; },
  value() { return this.items; },
});
const data = collection([{ t: "a", n: 1 }, { t: "b", n: 2 }, { t: "a", n: 3 }, { t: "c", n: 4 }]);
console.log(data.where((x) => x.n > 1).pluck("t").unique().value(), data.pluck("t").unique().count());
console.log(data.where((x) => x.n > 10).first()?.t ?? "nothing", data.where(() => true).pluck("n").value());
console.log("  a,b,,c ".trim().split(",").filter((x) => x).map((x) => x.toUpperCase()).reverse().join("").toLowerCase());
