// Rule: a captured `const`, initialized before the closure is created and
// never assigned again, is copied into the environment (`env [greeting]`).
function makeGreeter(name) {
  const greeting = "hello, " + name;
  return () => greeting + "!";
}
console.log(makeGreeter("ada")());
