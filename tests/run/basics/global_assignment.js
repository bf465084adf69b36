// Assigning to an undeclared name creates a global (sloppy mode).
console.log(typeof later);
function make() { later = 5; }
make();
console.log(typeof later);
console.log(later);
later = later + 1;
console.log(later);
function readIt() { return later * 2; }
console.log(readIt());
counterG = 0;
for (var i = 0; i < 3; i++) counterG += i;
console.log(counterG);
