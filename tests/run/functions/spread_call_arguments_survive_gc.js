// Arguments spread into a call are alive for the whole call, even when the
// spread array is not: the callee allocates a lot before reading them.
function churn(a, b, c) {
  let keep = [];
  for (let i = 0; i < 20000; i++) keep.push({ i, s: "x" + i });
  return [a.name, b.join("-"), c.n, keep.length];
}
function make() {
  return [{ name: "first" }, [1, 2, 3], { n: 42 }];
}
console.log(churn(...make()));
class Box {
  constructor(x, y) {
    const junk = [];
    for (let i = 0; i < 20000; i++) junk.push([i]);
    this.sum = x.v + y.v + junk.length;
  }
}
console.log(new Box(...[{ v: 1 }, { v: 2 }]).sum);
[{ v: 5 }].forEach(...[(o) => console.log(o.v)]);
