// Syntax error: the function body is never closed.
function f() {
  if (true) {
    console.log("x");
  }

console.log(f());
