// A statement with several labels (`a: b: for`): break and continue work
// with each of them.
a: b: for (;;) { break a; }
console.log("ok");
outer: inner: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break inner;
    console.log(i, j);
  }
}
x: y: z: for (let k = 0; k < 5; k++) { if (k === 1) continue x; if (k === 3) break y; console.log("k", k); }
p: q: { console.log("in block"); break p; }
r: s: if (true) { console.log("in if"); break r; }
t: u: while (true) { t2: for (;;) { break u; } }
console.log("done");
