// One property site sees many shapes (own and inherited, reads and writes,
// adds from different prototypes); later changes must reach every entry.
class A { constructor() { this.x = "A"; } who() { return "A.who"; } }
class B extends A { constructor() { super(); this.y = 1; } who() { return "B.who"; } }
class C extends A { constructor() { super(); this.z = 2; this.x = "C"; } }
const plain = { x: "plain", who() { return "plain.who"; } };
const bare = Object.create(null);
bare.x = "bare";
const shapes = [new A(), new B(), new C(), plain, bare, { w: 0, x: "wx" }, Object.create(new B())];
function readX(o) { return o.x; }
function who(o) { return typeof o.who === "function" ? o.who() : "none"; }
function writeX(o, v) { o.x = v; }
function report() {
  return shapes.map((o) => readX(o) + ":" + who(o)).join(" ");
}
for (let i = 0; i < 3; i++) report();
console.log(report());
A.prototype.who = function () { return "A.who2"; };
B.prototype.x = "B.proto.x";
console.log(report());
delete B.prototype.who;
console.log(report());
for (let r = 0; r < 3; r++) shapes.forEach((o, i) => writeX(o, "w" + r + i));
console.log(report());
Object.freeze(shapes[0]);
shapes.forEach((o, i) => writeX(o, "final" + i));
console.log(report());

// Constructors reached through different prototypes add the same keys.
function Base(v) { this.v = v; this.w = v * 2; }
function D1(v) { Base.call(this, v); }
D1.prototype = Object.create(Base.prototype);
function D2(v) { Base.call(this, v); }
D2.prototype = Object.create(Base.prototype);
Object.defineProperty(D2.prototype, "w", { set(x) { this.setW = x; }, get() { return "getter w"; } });
const made = [];
for (let i = 0; i < 6; i++) made.push(i % 2 ? new D1(i) : new D2(i));
console.log(made.map((m) => JSON.stringify(m) + "/" + m.w).join(" "));
