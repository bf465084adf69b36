// json_roundtrip: generate a nested structure (objects, arrays, strings,
// ints, simple doubles, booleans, null), JSON.stringify it, JSON.parse it
// back, walk the result and checksum it. Repeated several times.

let seed = 42;
function rand(n) {
  // Park-Miller minimal standard LCG; intermediates stay exact in doubles.
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

const WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
  "theta", "iota", "kappa", "lambda", "mu", "quote\"d", "tab\there", "line\nbreak",
  "back\\slash", "unicode-\u00e9\u4e2d"];

function makeRecord(i) {
  const tags = [];
  const nt = rand(5);
  for (let t = 0; t < nt; t++) tags.push(WORDS[rand(WORDS.length)]);
  return {
    id: i,
    name: WORDS[rand(WORDS.length)] + "-" + i,
    score: rand(100000) / 4,        // exact binary fractions: .0 .25 .5 .75
    ratio: (rand(2000) - 1000) / 8,
    active: rand(2) === 1,
    parent: i > 0 && rand(3) === 0 ? i - 1 : null,
    tags: tags,
    pos: { x: rand(1000) - 500, y: rand(1000) - 500, z: rand(16) / 16 },
    history: [rand(10), rand(100), rand(1000)],
  };
}

function makeDoc(n) {
  const records = [];
  for (let i = 0; i < n; i++) records.push(makeRecord(i));
  return {
    version: 3,
    title: "bench \"json\" doc",
    empty: {},
    none: [],
    records: records,
  };
}

function walk(v) {
  if (v === null) return 7;
  if (typeof v === "number") return Math.floor(v * 8) % 1000003;
  if (typeof v === "boolean") return v ? 3 : 5;
  if (typeof v === "string") {
    let h = v.length;
    for (let i = 0; i < v.length; i++) h = (h * 31 + v.charCodeAt(i)) % 1000003;
    return h;
  }
  if (Array.isArray(v)) {
    let h = 11;
    for (let i = 0; i < v.length; i++) h = (h * 17 + walk(v[i])) % 1000003;
    return h;
  }
  let h = 13;
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    h = (h * 19 + walk(k)) % 1000003;
    h = (h * 23 + walk(v[k])) % 1000003;
  }
  return h;
}

let checksum = 0;
let totalLen = 0;
for (let round = 0; round < 5; round++) {
  const doc = makeDoc(20000);
  const text = JSON.stringify(doc);
  totalLen += text.length;
  const back = JSON.parse(text);
  const again = JSON.stringify(back);
  if (again !== text) console.log("MISMATCH in round " + round);
  checksum = (checksum * 31 + walk(back)) % 1000000007;
}

// Pretty-printing and a small sample of exact output.
const small = makeDoc(2);
const pretty = JSON.stringify(small, null, 2);
const reparsed = JSON.parse(pretty);
console.log("pretty length " + pretty.length + ", records " + reparsed.records.length);
console.log(JSON.stringify(reparsed.records[1]));
console.log("total length " + totalLen);
console.log("checksum " + checksum);
