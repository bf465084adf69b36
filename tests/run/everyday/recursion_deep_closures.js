// Deep recursion (5000) through closures, methods, and callbacks.
const sum = (n) => (n === 0 ? 0 : n + sum(n - 1));
console.log(sum(5000));
const obj = { countdown(n) { return n === 0 ? "liftoff" : this.countdown(n - 1); } };
console.log(obj.countdown(5000));
function walk(n, visit) { if (n > 0) { visit(n); walk(n - 1, visit); } }
let visited = 0;
walk(5000, () => visited++);
console.log(visited);
function makeRec() { let calls = 0; const rec = (n) => { calls++; return n ? rec(n - 1) : calls; }; return rec; }
console.log(makeRec()(5000));
function flatten(list) { return list.length === 0 ? [] : [list[0], ...flatten(list.slice(1))]; }
console.log(flatten(Array.from({ length: 2000 }, (_, i) => i)).length);
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(5000), isOdd(4999));
