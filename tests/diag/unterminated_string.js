// Syntax error: the string literal is never closed.
const greeting = "hello;
console.log(greeting);
