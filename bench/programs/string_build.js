// string_build: build strings by repeated concatenation, template literals,
// String.fromCharCode, array join, and read them back with charCodeAt,
// indexOf, slice and split.

// FNV-style hash, kept exact in doubles by splitting the multiply.
function fnv(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h >>>= 0;
    // h * 16777619 mod 2^32, computed as h * (2^24 + 403) without overflow
    h = (((h << 24) >>> 0) + h * 403) % 4294967296;
  }
  return h >>> 0;
}

let total = 0;

// 1. Character-by-character concatenation.
for (let round = 0; round < 20; round++) {
  let s = "";
  for (let i = 0; i < 100000; i++) {
    s += String.fromCharCode(97 + ((i * 7 + round) % 26));
  }
  total = (total + s.length + fnv(s)) % 1000000007;
}
console.log("concat " + total);

// 2. Building lines with template literals and numbers, joined with "\n".
let lines = [];
for (let i = 0; i < 200000; i++) {
  lines.push(`item-${i}:${i * 3 % 1000}|${i % 2 === 0 ? "even" : "odd"}`);
}
const doc = lines.join("\n");
let sum = 0;
for (let i = 0; i < doc.length; i += 7) sum = (sum + doc.charCodeAt(i)) % 1000000007;
console.log("doc length " + doc.length + ", sampled sum " + sum + ", fnv " + fnv(doc));

// 3. Split it back apart and parse fields.
const parts = doc.split("\n");
let evens = 0;
let fieldSum = 0;
for (let i = 0; i < parts.length; i++) {
  const p = parts[i];
  const colon = p.indexOf(":");
  const bar = p.indexOf("|");
  fieldSum += Number(p.slice(colon + 1, bar));
  if (p.slice(bar + 1) === "even") evens++;
}
console.log("parts " + parts.length + ", evens " + evens + ", fieldSum " + fieldSum);

// 4. Repeated doubling and substring extraction.
let w = "ab";
for (let i = 0; i < 18; i++) w = w + w.slice(0, (i % 3) + 1) + w;
let sub = 0;
for (let i = 0; i + 5 <= w.length; i += 997) {
  const piece = w.substring(i, i + 5);
  sub = (sub * 31 + piece.charCodeAt(0) + piece.charCodeAt(4)) % 1000000007;
}
console.log("doubled length " + w.length + ", sub " + sub);

// 5. Upper-casing and comparisons.
let upperHits = 0;
for (let i = 0; i < 100000; i++) {
  const t = ("k" + (i % 1000)).toUpperCase();
  if (t === "K" + (i % 1000)) upperHits++;
  if (t < "K5") upperHits++;
}
console.log("upper " + upperHits);
console.log("checksum " + ((total + sum + fieldSum + sub + upperHits) % 1000000007));
