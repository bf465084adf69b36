// Syntax error: a stray `#` character.
let a = 1;
let b = a # 2;
console.log(b);
