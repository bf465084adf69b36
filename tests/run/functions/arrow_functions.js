// Arrow functions with expression and block bodies.
const double = x => x * 2;
const add = (a, b) => a + b;
const zero = () => 0;
const block = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; };
const noRet = () => { 1 + 1; };
console.log(double(21), add(1, 2), zero(), block(5), noRet());
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
console.log(cmp(1, 2), cmp(2, 1), cmp(2, 2));
const paren = () => (1, 2);
console.log(paren());
console.log(((x) => x + "!")("hi"));
