// A closure bound to a local and only called there is never made
// (compiler/src/convert/curry.rs): 2 million iterations of a maker with a
// few statements allocate only the box and the object it makes, not the
// closure (which would be about 150 bytes more each).
function makeCounter(start) {
  let count = start;
  const info = { step: start & 7 };
  return function () {
    count = count + info.step + 1;
    return count;
  };
}

let sum = 0;
for (let i = 0; i < 2000000; i++) {
  const c = makeCounter(i & 1023);
  c();
  sum = (sum + c()) | 0;
}
console.log("sum " + sum);
