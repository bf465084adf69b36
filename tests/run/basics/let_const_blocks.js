// let/const are block scoped and can shadow outer bindings.
let x = 1;
const y = "outer";
{
  let x = 2;
  const y = "inner";
  console.log(x, y);
  {
    let x = 3;
    console.log(x, y);
  }
  console.log(x);
}
console.log(x, y);
if (true) {
  let x = x2();
  console.log(x);
}
function x2() { return x * 100; }
let z;
console.log(z);
z = 4;
console.log(z);
const big = x + 41;
console.log(big);
