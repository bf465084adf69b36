// An uncaught ReferenceError for an undeclared name.
var total = 0;
for (var i = 0; i < 3; i++) total += i;
console.log(total);
console.log(totl);
