// Object.defineProperty defaults and attributes (sloppy mode: failed writes are silent).
const o = {};
Object.defineProperty(o, "hidden", { value: 1 });
Object.defineProperty(o, "shown", { value: 2, enumerable: true });
Object.defineProperty(o, "rw", { value: 3, writable: true, enumerable: true, configurable: true });
console.log(Object.keys(o), o.hidden, o.shown, o.rw);
console.log(JSON.stringify(o));
console.log(Object.getOwnPropertyNames(o));
try { o.hidden = 10; } catch (e) { console.log(e.name, e.message); }
console.log(o.hidden);
o.rw = 30;
console.log(o.rw);
try { delete o.shown; } catch (e) { console.log(e.name, e.message); }
console.log(delete o.rw, o.rw);
let backing = 5;
Object.defineProperty(o, "acc", {
  get() { return backing * 2; },
  set(v) { backing = v; },
  enumerable: true,
});
o.acc = 7;
console.log(o.acc, backing, Object.keys(o));
console.log(o);
const desc = Object.getOwnPropertyDescriptor(o, "shown");
console.log(desc);
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
try { frozen.a = 2; } catch (e) { console.log(e.name); }
frozen.nested.b = 3;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
const props = Object.defineProperties({}, { x: { value: 1, enumerable: true }, y: { value: 2 } });
console.log(props, props.y);
