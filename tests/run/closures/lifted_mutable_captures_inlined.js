// A closure that never escapes and writes a captured variable is lifted (the
// variable's box is passed in) and its small body runs inline: the writes
// land in the shared variable, seen by the caller and by other closures.
function counterLoop(n) {
  let total = 0;
  const add = (k) => {
    total += k;
  };
  for (let i = 1; i <= n; i++) add(i);
  const read = () => total;
  return [total, read()];
}
console.log(counterLoop(10));

function makeCounter(start, step) {
  let count = start;
  return function () {
    count += step;
    return count;
  };
}
let sum = 0;
for (let i = 0; i < 5; i++) {
  const c = makeCounter(i, 3);
  c();
  sum += c();
}
console.log(sum);

function tdz() {
  const bump = () => {
    late++;
    return late;
  };
  try {
    bump();
  } catch (e) {
    console.log(e.name, e.message);
  }
  let late = 1;
  return bump() + bump();
}
console.log(tdz());

function strings() {
  let s = "a";
  const more = (t) => {
    s += t;
    return s.length;
  };
  return [more("b"), more("cd"), s];
}
console.log(strings());
