// Runtime errors raised inside class methods and constructors.
class Repo {
  constructor(store) { this.store = store; }
  find(id) { return this.store.items[id].name; }
  save(item) { this.store.write(item); }
}
const attempts = [
  () => new Repo(undefined).find(1),
  () => new Repo({ items: {} }).find(1),
  () => new Repo({}).save({}),
  () => Repo(),
  () => { const r = new Repo({ items: [{ name: "n" }] }); return r.find(0); },
  () => { class B extends Repo { constructor() { this.x = 1; super({}); } } return new B(); },
  () => { class C extends Repo { constructor() { } } return new C(); },
];
for (const a of attempts) {
  try { console.log("value:", a()); } catch (e) { console.log(e.constructor.name + ":", e.message); }
}
