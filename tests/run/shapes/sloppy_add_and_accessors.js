// Sloppy mode: refused writes are silent; accessor/data redefinitions keep
// the key's position; many keys and deletes keep insertion order.
function setV(o, v) { o.v = v; }
const frozen = Object.freeze({ v: 1 });
const open = { v: 1 };
for (let i = 0; i < 3; i++) { setV(open, i); setV(frozen, i); }
console.log(open.v, frozen.v);

const lit = { get a() { return "g"; }, b: 1, set a(v) { this.b = v; } };
lit.a = 5;
console.log(Object.keys(lit).join(","), lit.a, lit.b);
const o = { x: 1, y: 2, z: 3 };
Object.defineProperty(o, "x", { get() { return "gx"; }, enumerable: true, configurable: true });
Object.defineProperty(o, "x", { value: "dx", writable: true, enumerable: true, configurable: true });
console.log(Object.keys(o).join(","), o.x);

// Past the shared-shape limit and back through deletes.
const big = {};
for (let i = 0; i < 50; i++) big["k" + i] = i;
for (let i = 0; i < 50; i += 3) delete big["k" + i];
big.k0 = "again";
let sum = 0;
for (const k in big) sum += typeof big[k] === "number" ? big[k] : 0;
console.log(Object.keys(big).length, Object.keys(big).slice(0, 5).join(","), Object.keys(big).pop(), sum);
function readK5(x) { return x.k5; }
console.log(readK5(big), readK5({ k5: "small" }), readK5(big));

// Functions: name/length/prototype are there before and after other keys.
function f(a, b) {}
function g() {}
g.extra = 1;
function nm(x) { return x.name + "/" + x.length; }
console.log(nm(f), nm(g), nm(() => 0), nm(class K { constructor(q) {} }), typeof g.prototype, g.extra);
class S { static hello() { return "S"; } }
class T extends S {}
function hello(x) { return x.hello(); }
console.log(hello(S), hello(T), hello(S));
T.hello = () => "T";
console.log(hello(S), hello(T));

// Objects with a null prototype and integer-like keys.
const bare = Object.create(null);
bare.q = 1;
bare[2] = "two";
bare["01"] = "zero-one";
function q(x) { return x.q; }
console.log(q(bare), q({ q: 3 }), Object.keys(bare).join(","));
