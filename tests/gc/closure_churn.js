// Creates and drops 10 million closures, each with its own environment
// record (a captured parameter, a captured local object and a shared box),
// keeping only a running checksum. Memory must stay flat.
function makeCounter(start) {
  let count = start;
  const info = { step: start & 7 };
  return function () {
    count = count + info.step + 1;
    return count;
  };
}

let sum = 0;
for (let i = 0; i < 10000000; i++) {
  const c = makeCounter(i & 1023);
  sum = (sum + c()) | 0;
  if (i % 2500000 === 0) console.log("progress " + i);
}
console.log("sum " + sum);
