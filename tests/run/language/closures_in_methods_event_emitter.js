// A small event emitter with on/off/once, wildcard listeners and error isolation.
class EventEmitter {
  constructor() {
    this.listeners = new Map();
    this.anyListeners = [];
    this.emitCount = 0;
  }
  on(event, fn) {
    if (!this.listeners.has(event)) this.listeners.set(event, []);
    this.listeners.get(event).push({ fn, once: false });
    return () => this.off(event, fn);
  }
  once(event, fn) {
    if (!this.listeners.has(event)) this.listeners.set(event, []);
    this.listeners.get(event).push({ fn, once: true });
    return this;
  }
  onAny(fn) { this.anyListeners.push(fn); return this; }
  off(event, fn) {
    const list = this.listeners.get(event);
    if (!list) return false;
    const idx = list.findIndex((l) => l.fn === fn);
    if (idx < 0) return false;
    list.splice(idx, 1);
    if (list.length === 0) this.listeners.delete(event);
    return true;
  }
  emit(event, ...args) {
    this.emitCount++;
    const list = this.listeners.get(event);
    let called = 0;
    for (const fn of this.anyListeners) fn(event, ...args);
    if (!list) return called;
    for (const entry of [...list]) {
      if (entry.once) this.off(event, entry.fn);
      try {
        entry.fn.apply(this, args);
      } catch (err) {
        this.lastError = `${event}: ${err.message}`;
      }
      called++;
    }
    return called;
  }
  listenerCount(event) { return this.listeners.has(event) ? this.listeners.get(event).length : 0; }
  eventNames() { return [...this.listeners.keys()]; }
}

const log = [];
const em = new EventEmitter();
const unsubA = em.on("data", (x) => log.push(`A:${x}`));
em.on("data", function (x, y = "none") { log.push(`B:${x}/${y}/${this instanceof EventEmitter}`); });
em.once("data", (x) => log.push(`once:${x}`));
em.onAny((ev, ...rest) => log.push(`any:${ev}(${rest.length})`));

console.log(em.emit("data", 1));
console.log(em.emit("data", 2, "two"));
console.log(log.join(" | "));
log.length = 0;

console.log(unsubA(), unsubA());
console.log(em.emit("data", 3), log.join(" | "));
log.length = 0;

em.on("boom", () => { throw new Error("kaboom"); });
em.on("boom", () => log.push("after boom"));
console.log(em.emit("boom"), em.lastError, log.join(","));

console.log(em.eventNames().join(","), em.listenerCount("data"), em.listenerCount("nope"));
console.log(em.emit("nobody"), em.emitCount);

// Counting with closures per subscription.
function counterFor(emitter, event) {
  let count = 0;
  const off = emitter.on(event, () => { count++; });
  return { get count() { return count; }, stop: off };
}
const c1 = counterFor(em, "tick"), c2 = counterFor(em, "tick");
for (let i = 0; i < 5; i++) {
  em.emit("tick");
  if (i === 1) c1.stop();
}
console.log(c1.count, c2.count, em.listenerCount("tick"));

// once listeners registered during emit are not called in the same emit.
const late = new EventEmitter();
const order = [];
late.on("x", () => { order.push("first"); late.once("x", () => order.push("late-once")); });
late.emit("x");
late.emit("x");
console.log(order.join(","), late.listenerCount("x"));

// Removing a listener inside another listener during emit.
const rm = new EventEmitter();
const seen = [];
function second() { seen.push("second"); }
rm.on("e", () => { seen.push("first"); rm.off("e", second); });
rm.on("e", second);
rm.emit("e");
rm.emit("e");
console.log(seen.join(","));
