// Accessors are never called: [Getter], [Setter], [Getter/Setter].
var calls = 0;
var o = {
  get a() { calls++; return 1; },
  set b(v) { calls++; },
  get c() { calls++; return 2; },
  set c(v) { calls++; },
  plain: 3,
};
console.log(o);
console.log([o]);
console.log({ nested: o });
console.log("getter calls:", calls);
var counter = { n: 0, get next() { return ++this.n; } };
console.log(counter, counter.next, counter);
console.log({ get undefinedGetter() { return undefined; } });
console.log({ a: { b: { get c() { return 1; } } } });
