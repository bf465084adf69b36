// Values held in registers while a slow path calls into the runtime (or back
// into compiled code): cold calls save every register, so doubles, ints and
// object pointers computed before a cache miss, a getter, a valueOf, a string
// concatenation or a collection must be intact after it.

class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Tagged {
  constructor(x, y) {
    this.tag = "t";
    this.x = x;
    this.y = y;
  }
}
const withGetter = {
  get x() {
    // Runs compiled code from inside a property read.
    let s = 0;
    for (let i = 0; i < 10; i++) s += i * 0.5;
    return s;
  },
  y: 2.25,
};
const odd = {
  valueOf() {
    return 7.5;
  },
};

function mix(points, rounds) {
  let a = 0.1, b = 0.2, c = 0.3, d = 0.4, e = 0.5, f = 0.6, g = 0.7, h = 0.8;
  let i1 = 1, i2 = 2, i3 = 3, i4 = 4;
  let text = "";
  let keep = { n: 0 };
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < points.length; k++) {
      const p = points[k];
      // Several shapes at one site: the cache misses and the runtime is called.
      a += p.x * 1.5;
      b -= p.y * 0.25;
      c = c * 0.5 + a * 0.001;
      d += b / 3;
      e = Math.sqrt(e * e + 1);
      f += k < odd ? 0.125 : -0.125; // valueOf through the runtime comparison
      g = g * 0.999 + c;
      h += d - g;
      i1 = (i1 * 3 + k) | 0;
      i2 = (i2 + i1) & 0xffff;
      i3 ^= i2;
      i4 = (i4 + (i3 >>> 3)) | 0;
      if (k % 3 === 0) text += p.x; // a string built in the loop
      keep = { n: keep.n + 1, prev: keep.n > 40 ? null : keep }; // garbage, collections
    }
  }
  return [a, b, c, d, e, f, g, h, i1, i2, i3, i4, text.length, keep.n];
}

const points = [];
for (let i = 0; i < 30; i++) {
  if (i % 4 === 0) points.push(new Vec(i * 0.5, i * 0.25));
  else if (i % 4 === 1) points.push(new Tagged(i * 1.5, -i));
  else if (i % 4 === 2) points.push({ y: i, x: i / 3 });
  else points.push(withGetter);
}
console.log(mix(points, 1).map((v) => (typeof v === "number" ? v.toFixed(6) : v)).join(" "));
console.log(mix(points, 200).map((v) => (typeof v === "number" ? v.toFixed(6) : v)).join(" "));

// A slow path that throws: the values live in the handler are intact.
function guarded(objs) {
  let sum = 0.5, count = 0, last = null;
  for (const o of objs) {
    const before = sum * 2;
    try {
      sum += o.v.w; // throws for o.v undefined
      count++;
    } catch (err) {
      last = err.constructor.name + ":" + (before === sum * 2);
    }
  }
  return [sum, count, last];
}
console.log(guarded([{ v: { w: 1.25 } }, { v: { w: 2 } }, {}, { v: { w: 0.75 } }]).join(" "));

// Comparisons of strings and mixed values go to the runtime.
function compareAll(xs) {
  let lt = 0, total = 0.0;
  for (let i = 0; i + 1 < xs.length; i++) {
    total += i * 0.1;
    if (xs[i] < xs[i + 1]) lt++;
    total += lt * 0.01;
  }
  return lt + " " + total.toFixed(4);
}
console.log(compareAll(["b", "a", "c", 3, "10", 2, null, "x", "y", undefined, 1.5, "1.25"]));
