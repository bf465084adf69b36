// Syntax error: `super` outside a method.
function f() {
  return super.toString();
}
f();
