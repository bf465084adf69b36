// An LRU cache built on Map insertion order, with stats, TTL by logical clock, and a loader.
class LRUCache {
  constructor({ capacity = 3, ttl = Infinity, onEvict = null } = {}) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`invalid capacity ${capacity}`);
    this.capacity = capacity;
    this.ttl = ttl;
    this.onEvict = onEvict;
    this.map = new Map();
    this.clock = 0;
    this.stats = { hits: 0, misses: 0, evictions: 0, expired: 0 };
  }
  tick(n = 1) { this.clock += n; return this; }
  has(key) { return this.map.has(key) && !this.isExpired(key); }
  isExpired(key) {
    const e = this.map.get(key);
    return e !== undefined && this.clock - e.at >= this.ttl;
  }
  get(key) {
    const e = this.map.get(key);
    if (e === undefined) { this.stats.misses++; return undefined; }
    if (this.isExpired(key)) {
      this.map.delete(key);
      this.stats.expired++;
      this.stats.misses++;
      return undefined;
    }
    this.map.delete(key);
    this.map.set(key, e);
    this.stats.hits++;
    return e.value;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, { value, at: this.clock });
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      const evicted = this.map.get(oldest);
      this.map.delete(oldest);
      this.stats.evictions++;
      if (this.onEvict) this.onEvict(oldest, evicted.value);
    }
    return this;
  }
  delete(key) { return this.map.delete(key); }
  getOrLoad(key, loader) {
    const v = this.get(key);
    if (v !== undefined) return v;
    const loaded = loader(key);
    this.set(key, loaded);
    return loaded;
  }
  keys() { return [...this.map.keys()]; }
  get size() { return this.map.size; }
  hitRate() {
    const total = this.stats.hits + this.stats.misses;
    return total ? (this.stats.hits / total * 100).toFixed(1) + "%" : "n/a";
  }
  toJSON() { return { capacity: this.capacity, entries: [...this.map].map(([k, e]) => [k, e.value]) }; }
}

const evicted = [];
const cache = new LRUCache({ capacity: 3, onEvict: (k, v) => evicted.push(`${k}=${JSON.stringify(v)}`) });
cache.set("a", 1).set("b", { big: [1, 2] }).set("c", "three");
console.log(cache.keys(), cache.size);
console.log(cache.get("a"), cache.keys());
cache.set("d", 4);
console.log(cache.keys(), evicted);
console.log(cache.get("b"), cache.get("zzz"), cache.has("c"));
cache.set("c", "THREE").set("e", 5).set("f", 6);
console.log(cache.keys(), evicted);
console.log(cache.stats, cache.hitRate());
console.log(JSON.stringify(cache));
console.log(cache.map);

let loads = 0;
const squares = new LRUCache({ capacity: 4 });
const loader = (n) => { loads++; return n * n; };
const accessPattern = [1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3, 7, 1];
const results = accessPattern.map((n) => squares.getOrLoad(n, loader));
console.log(results.join(" "), "loads:", loads, "keys:", squares.keys(), squares.hitRate());

const timed = new LRUCache({ capacity: 10, ttl: 5 });
timed.set("session", "abc");
timed.tick(3).set("token", "xyz");
console.log(timed.get("session"), timed.has("token"));
timed.tick(2);
console.log(timed.has("session"), timed.get("session"), timed.get("token"), timed.stats);
timed.tick(10);
console.log(timed.get("token"), timed.size, timed.stats);

// memoizing a recursive function through the cache
const fibCache = new LRUCache({ capacity: 100 });
function fib(n) {
  if (n < 2) return n;
  return fibCache.getOrLoad(n, () => fib(n - 1) + fib(n - 2));
}
console.log(fib(80), fibCache.size, fibCache.stats);
const tiny = new LRUCache({ capacity: 1 });
tiny.set(1, "one").set(2, "two");
console.log(tiny.keys(), tiny.get(1), tiny.get(2));
for (const bad of [0, 1.5, -2, "3"]) {
  try { new LRUCache({ capacity: bad }); } catch (e) { console.log(e.name, e.message); }
}
const objKey = { id: 1 };
const byObj = new LRUCache({ capacity: 2 });
byObj.set(objKey, "found by identity");
console.log(byObj.get(objKey), byObj.get({ id: 1 }));
