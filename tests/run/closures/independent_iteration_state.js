// Each iteration's closure keeps its own mutable state.
var counters = [];
for (let i = 0; i < 3; i++) {
  let c = i * 10;
  counters.push(() => ++c);
}
counters[0](); counters[0]();
counters[2]();
console.log(counters[0](), counters[1](), counters[2]());
