// Creates and drops 10 million closures, each with its own environment
// record (a captured parameter, a captured local object and a shared box),
// keeping only a running checksum. Memory must stay flat. Each closure is
// passed to `callIt`, so it is really made (a closure only called where it
// is bound is never made: see compiler/src/convert/curry.rs).
function makeCounter(start) {
  let count = start;
  const info = { step: start & 7 };
  return function () {
    count = count + info.step + 1;
    return count;
  };
}

function callIt(f) {
  return f();
}

let sum = 0;
for (let i = 0; i < 10000000; i++) {
  const c = makeCounter(i & 1023);
  sum = (sum + callIt(c)) | 0;
  if (i % 2500000 === 0) console.log("progress " + i);
}
console.log("sum " + sum);
