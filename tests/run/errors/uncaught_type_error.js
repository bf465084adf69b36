// An uncaught TypeError from calling a non-function ends the program with status 1.
var notFn = 3;
console.log("before");
notFn();
console.log("after");
