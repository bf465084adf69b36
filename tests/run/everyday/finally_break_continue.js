// break/continue crossing finally blocks.
const trace = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    trace.push("body " + i);
  } finally {
    trace.push("finally " + i);
  }
}
console.log(trace.join(", "));
let j = 0;
const w = [];
while (true) {
  try {
    j++;
    try {
      if (j % 2 === 0) continue;
      if (j > 6) break;
      w.push("odd " + j);
    } finally {
      w.push("inner " + j);
    }
  } finally {
    w.push("outer " + j);
  }
}
console.log(w);
function loopReturn() {
  const out = [];
  for (const x of [1, 2, 3]) {
    try {
      try { if (x === 2) break; out.push(x); }
      finally { out.push("f" + x); }
    } catch (e) { out.push("never"); }
  }
  return out;
}
console.log(loopReturn());
const sw = [];
for (const v of ["a", "b", "c"]) {
  switch (v) {
    case "b":
      try { sw.push("b-try"); break; } finally { sw.push("b-finally"); }
    default:
      sw.push("default " + v);
  }
}
console.log(sw);
