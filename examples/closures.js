// Closures in bibao: each `let` in a for head is a fresh binding per iteration,
// and closures share the variables they capture.
function makeCounter() {
  let count = 0;
  return {
    inc: function () { count += 1; return count; },
    get: function () { return count; },
  };
}

const c = makeCounter();
c.inc();
c.inc();
console.log("count is", c.get());

const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i * 10);
}
console.log(fns[0](), fns[1](), fns[2]());

function curry(a) {
  return function (b) {
    return function (c) {
      return a + b + c;
    };
  };
}
console.log(curry(1)(2)(3));
