// Rule: an arrow has no own `arguments`: it captures the enclosing function's
// `arguments` object in its environment, like `this`.
function first() {
  const get = () => arguments[0];
  return get();
}
console.log(first("x", "y"));
