// Syntax error: a const declaration needs an initializer.
const k;
console.log(k);
