// Building function pipelines from closures.
function compose2(f, g) { return x => g(f(x)); }
function pipe(fns) {
  var out = x => x;
  for (let i = 0; i < fns.length; i++) out = compose2(out, fns[i]);
  return out;
}
var addN = n => x => x + n;
var mulN = n => x => x * n;
var p = pipe([addN(1), mulN(3), addN(-2), mulN(10)]);
console.log(p(0), p(5));
var steps = [];
for (let k = 1; k <= 4; k++) steps.push(mulN(k));
console.log(pipe(steps)(1));
