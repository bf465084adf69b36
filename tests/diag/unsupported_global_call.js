// Reading a node global bibao does not have is a compile-time error, not a
// ReferenceError (or a different `typeof`) at run time.
console.log("start");
setTimeout(() => console.log("later"), 0);
