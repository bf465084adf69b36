// Early error: the same name declared twice with let.
let twice = 1;
let twice = 2;
console.log(twice);
