// Closures over module-level var, let and const bindings.
var hits = 0;
let name = "x";
const list = [];
function hit() { hits++; list.push(name); }
hit();
name = "y";
hit();
hit();
console.log(hits, list.length, list[0], list[2]);
var reset = () => { hits = 0; };
reset();
console.log(hits);
