// Deleting a variable is rejected (a SyntaxError in strict code).
var v = 1;
console.log(delete v);
