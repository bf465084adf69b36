// An event emitter with on/off/once, wildcard listeners, and error handling.
class Emitter {
  constructor() {
    this.handlers = new Map();
    this.log = [];
  }
  on(event, fn) {
    if (typeof fn !== "function") throw new TypeError(`listener for "${event}" must be a function`);
    if (!this.handlers.has(event)) this.handlers.set(event, []);
    this.handlers.get(event).push({ fn, once: false });
    return () => this.off(event, fn);
  }
  once(event, fn) {
    this.on(event, fn);
    const list = this.handlers.get(event);
    list[list.length - 1].once = true;
    return this;
  }
  off(event, fn) {
    const list = this.handlers.get(event);
    if (!list) return false;
    const i = list.findIndex((h) => h.fn === fn);
    if (i < 0) return false;
    list.splice(i, 1);
    if (list.length === 0) this.handlers.delete(event);
    return true;
  }
  matching(event) {
    const out = [];
    for (const [pattern, list] of this.handlers) {
      if (pattern === event || pattern === "*" ||
          (pattern.endsWith(".*") && event.startsWith(pattern.slice(0, -1)))) {
        for (const h of list) out.push([pattern, h]);
      }
    }
    return out;
  }
  emit(event, ...args) {
    const targets = this.matching(event);
    this.log.push(`${event}(${targets.length})`);
    let errors = [];
    for (const [pattern, h] of targets) {
      if (h.once) this.off(pattern, h.fn);
      try {
        h.fn.call(this, ...args, { event, pattern });
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length) {
      const err = new Error(`${errors.length} listener(s) failed for ${event}`);
      err.errors = errors.map((e) => e.message);
      throw err;
    }
    return targets.length > 0;
  }
  listenerCount(event) {
    return event ? (this.handlers.get(event) || []).length : [...this.handlers.values()].reduce((n, l) => n + l.length, 0);
  }
}

const bus = new Emitter();
const received = [];
const onLogin = (user, meta) => received.push(`login:${user.name}@${meta.pattern}`);
bus.on("user.login", onLogin);
bus.on("user.*", (user, meta) => received.push(`user-any:${meta.event}`));
bus.on("*", (...args) => received.push(`star:${args[args.length - 1].event}:${args.length - 1} args`));
bus.once("user.logout", (user) => received.push(`bye ${user.name} (once)`));

console.log(bus.emit("user.login", { name: "ann" }));
console.log(bus.emit("user.logout", { name: "ann" }));
console.log(bus.emit("user.logout", { name: "bob" }));
console.log(bus.emit("system.boot"));
console.log(received);
console.log("counts", bus.listenerCount(), bus.listenerCount("user.login"), bus.listenerCount("user.logout"));

console.log("off:", bus.off("user.login", onLogin), bus.off("user.login", onLogin));
received.length = 0;
bus.emit("user.login", { name: "cy" });
console.log(received);

const unsub = bus.on("order.created", function (order) {
  console.log("this is bus:", this === bus, "order", order.id, "total", order.items.reduce((s, i) => s + i.price * i.qty, 0));
});
bus.emit("order.created", { id: 7, items: [{ price: 2.5, qty: 4 }, { price: 1, qty: 3 }] });
unsub();
console.log(bus.emit("order.created", { id: 8, items: [] }) ? "still handled by *" : "nobody");

bus.on("job.run", () => { throw new Error("disk full"); });
bus.on("job.run", () => received.push("second job listener still ran"));
bus.on("job.run", () => null.boom);
try {
  bus.emit("job.run");
} catch (e) {
  console.log(e.message, e.errors);
}
console.log(received.slice(-1));
try {
  bus.on("x", "not a function");
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// Chained once() and a counter closure.
let fired = 0;
bus.once("tick", () => fired++).once("tick", () => (fired += 10));
bus.emit("tick");
bus.emit("tick");
console.log("fired", fired);
console.log(bus.log.join(" "));
console.log([...bus.handlers.keys()]);
