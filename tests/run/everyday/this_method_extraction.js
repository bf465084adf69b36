// Losing and preserving `this` when methods are passed around.
"use strict";
class Logger {
  constructor(prefix) { this.prefix = prefix; this.lines = []; }
  log(msg) { this.lines.push(`${this.prefix}${msg}`); return this.lines.length; }
}
const logger = new Logger("> ");
const log = logger.log;
try { log("lost"); } catch (e) { console.log(e.constructor.name, e.message); }
const boundLog = logger.log.bind(logger);
["a", "b"].forEach(boundLog);
["c"].forEach(logger.log, logger);
["d"].forEach((m) => logger.log(m));
console.log(logger.lines);
const obj = {
  name: "obj",
  regular() { return [1].map(function () { return this; })[0]; },
  arrow() { return [1].map(() => this.name)[0]; },
  nested() { const inner = () => () => this.name; return inner()(); },
};
console.log(obj.regular(), obj.arrow(), obj.nested());
function Timer() { this.ticks = 0; this.tick = () => ++this.ticks; }
const t = new Timer();
const tick = t.tick;
tick(); tick();
console.log(t.ticks);
const calc = { v: 10, add(n) { this.v += n; return this; }, mul(n) { this.v *= n; return this; } };
console.log(calc.add(5).mul(2).add(-1).v);
const call = calc.add.call({ v: 1 }, 1);
console.log(call, calc.v);
