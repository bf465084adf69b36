// A small matrix/vector library with operator-like methods.
class Vec {
  constructor(...xs) { this.xs = xs; }
  static of(arr) { return new Vec(...arr); }
  get dim() { return this.xs.length; }
  check(o) {
    if (!(o instanceof Vec)) throw new TypeError("expected a Vec");
    if (o.dim !== this.dim) throw new RangeError(`dimension mismatch ${this.dim} vs ${o.dim}`);
  }
  add(o) { this.check(o); return Vec.of(this.xs.map((x, i) => x + o.xs[i])); }
  sub(o) { this.check(o); return Vec.of(this.xs.map((x, i) => x - o.xs[i])); }
  scale(k) { return Vec.of(this.xs.map((x) => x * k)); }
  dot(o) { this.check(o); return this.xs.reduce((s, x, i) => s + x * o.xs[i], 0); }
  norm() { return Math.sqrt(this.dot(this)); }
  normalize() { const n = this.norm(); if (n === 0) throw new RangeError("cannot normalize zero vector"); return this.scale(1 / n); }
  cross(o) {
    if (this.dim !== 3 || o.dim !== 3) throw new RangeError("cross product needs 3D vectors");
    const [a, b, c] = this.xs, [d, e, f] = o.xs;
    return new Vec(b * f - c * e, c * d - a * f, a * e - b * d);
  }
  equals(o, eps = 1e-9) { return o.dim === this.dim && this.xs.every((x, i) => Math.abs(x - o.xs[i]) < eps); }
  toString() { return `(${this.xs.map((x) => +x.toFixed(4)).join(", ")})`; }
}
class Mat {
  constructor(rows) {
    if (!rows.length || rows.some((r) => r.length !== rows[0].length)) throw new RangeError("ragged matrix");
    this.rows = rows.map((r) => r.slice());
  }
  static identity(n) { return new Mat(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)))); }
  static zeros(r, c) { return new Mat(Array.from({ length: r }, () => new Array(c).fill(0))); }
  get shape() { return [this.rows.length, this.rows[0].length]; }
  get(i, j) { return this.rows[i][j]; }
  map(f) { return new Mat(this.rows.map((r, i) => r.map((x, j) => f(x, i, j)))); }
  add(o) { return this.map((x, i, j) => x + o.get(i, j)); }
  transpose() { const [r, c] = this.shape; return new Mat(Array.from({ length: c }, (_, j) => Array.from({ length: r }, (_, i) => this.rows[i][j]))); }
  mul(o) {
    if (o instanceof Vec) return Vec.of(this.rows.map((r) => Vec.of(r).dot(o)));
    if (typeof o === "number") return this.map((x) => x * o);
    const [r, k] = this.shape, [k2, c] = o.shape;
    if (k !== k2) throw new RangeError(`cannot multiply ${r}x${k} by ${k2}x${c}`);
    const out = Mat.zeros(r, c);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += this.rows[i][t] * o.rows[t][j];
      out.rows[i][j] = s;
    }
    return out;
  }
  det() {
    const [n, m] = this.shape;
    if (n !== m) throw new RangeError("determinant of non-square matrix");
    if (n === 1) return this.rows[0][0];
    if (n === 2) return this.rows[0][0] * this.rows[1][1] - this.rows[0][1] * this.rows[1][0];
    let d = 0;
    for (let j = 0; j < n; j++) {
      const minor = new Mat(this.rows.slice(1).map((r) => r.filter((_, k) => k !== j)));
      d += (j % 2 ? -1 : 1) * this.rows[0][j] * minor.det();
    }
    return d;
  }
  inverse() {
    const [n] = this.shape;
    const a = this.rows.map((r, i) => [...r, ...Mat.identity(n).rows[i]]);
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
      if (Math.abs(a[pivot][col]) < 1e-12) throw new RangeError("matrix is singular");
      [a[col], a[pivot]] = [a[pivot], a[col]];
      const p = a[col][col];
      a[col] = a[col].map((x) => x / p);
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const f = a[r][col];
        a[r] = a[r].map((x, j) => x - f * a[col][j]);
      }
    }
    return new Mat(a.map((r) => r.slice(n)));
  }
  equals(o, eps = 1e-9) { return this.rows.every((r, i) => r.every((x, j) => Math.abs(x - o.rows[i][j]) < eps)); }
  toString() {
    const cells = this.rows.map((r) => r.map((x) => String(+x.toFixed(3))));
    const w = Math.max(...cells.flat().map((s) => s.length));
    return cells.map((r) => "[ " + r.map((s) => s.padStart(w)).join(" ") + " ]").join("\n");
  }
}

const a = new Vec(1, 2, 3), b = new Vec(4, 5, 6);
console.log(`${a} + ${b} = ${a.add(b)}`, `a-b = ${a.sub(b)}`, `a.b = ${a.dot(b)}`, `a x b = ${a.cross(b)}`);
console.log("|a| =", a.norm().toFixed(6), "unit:", String(a.normalize()), a.normalize().norm());
console.log(a.scale(2).equals(new Vec(2, 4, 6)), a.equals(b), a);
const m = new Mat([[2, 1, 0], [1, 3, 1], [0, 1, 4]]);
console.log(String(m));
console.log("shape", m.shape, "det", m.det(), "trace", m.rows.reduce((s, r, i) => s + r[i], 0));
console.log("m * a =", String(m.mul(a)));
const inv = m.inverse();
console.log(String(inv));
console.log("m * inv = I ?", m.mul(inv).equals(Mat.identity(3)));
console.log(String(new Mat([[1, 2, 3], [4, 5, 6]]).transpose()));
console.log(String(new Mat([[1, 2], [3, 4]]).mul(new Mat([[5, 6], [7, 8]]))), "\n--");
console.log(String(Mat.identity(2).mul(3).add(new Mat([[0, 1], [1, 0]]))));
const rot = (deg) => { const r = (deg * Math.PI) / 180; return new Mat([[Math.cos(r), -Math.sin(r)], [Math.sin(r), Math.cos(r)]]); };
let p = new Vec(1, 0);
for (let i = 0; i < 4; i++) { p = rot(90).mul(p); console.log("rotated", String(p)); }
console.log(rot(30).mul(rot(60)).equals(rot(90)), rot(45).det().toFixed(12));
const failures = [
  () => a.add(new Vec(1, 2)), () => new Vec(1, 2).cross(new Vec(3, 4)), () => new Vec(0, 0).normalize(),
  () => new Mat([[1, 2], [2, 4]]).inverse(), () => new Mat([[1, 2]]).mul(new Mat([[1, 2]])),
  () => new Mat([[1], [2, 3]]), () => a.dot([1, 2, 3]), () => new Mat([[1, 2]]).det(),
];
for (const f of failures) {
  try { f(); console.log("no error?"); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(Mat.zeros(2, 3), new Vec());
