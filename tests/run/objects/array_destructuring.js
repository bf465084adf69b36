// const/let/var [a, b] = array destructuring.
const [a, b] = [1, 2];
console.log(a, b);
let [x, y, z] = ["p", "q"];
console.log(x, y, z);
var [first] = [10, 20, 30];
console.log(first);
function pair(n) { return [n, n * n]; }
const [n, sq] = pair(7);
console.log(n, sq);
x = "reassigned";
console.log(x);
for (let i = 0; i < 2; i++) {
  const [u, v] = pair(i + 2);
  console.log(u + v);
}
const [e1, e2] = [];
console.log(e1, e2);
