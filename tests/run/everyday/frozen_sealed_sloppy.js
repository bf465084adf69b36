// Object.freeze / seal / preventExtensions in sloppy mode: failed writes are silent.
const frozen = Object.freeze({ a: 1, inner: { b: 2 }, list: [1] });
frozen.a = 100;
frozen.c = 3;
delete frozen.a;
frozen.inner.b = 20;
frozen.list.push(2);
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.inner));
const sealed = Object.seal({ x: 1 });
sealed.x = 2;
sealed.y = 3;
delete sealed.x;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
const closed = Object.preventExtensions({ k: 1 });
closed.k = 2;
closed.n = 5;
delete closed.k;
console.log(closed, Object.isExtensible(closed));
const arr = Object.freeze([1, 2, 3]);
try { arr.push(4); } catch (e) { console.log(e.name, e.message); }
arr[0] = 9;
console.log(arr, arr.map((x) => x * 2));
function deepFreeze(o) { Object.values(o).forEach((v) => typeof v === "object" && v !== null && deepFreeze(v)); return Object.freeze(o); }
const cfg = deepFreeze({ db: { host: "h", ports: [1, 2] } });
cfg.db.host = "changed";
console.log(cfg.db.host, Object.isFrozen(cfg.db.ports));
