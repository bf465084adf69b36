// An uncaught TypeError exits with status 1 after earlier output.
const cart = { items: [1, 2, 3] };
console.log("items:", cart.items.length);
function total(c) { return c.items.sum(); }
console.log("before");
total(cart);
console.log("never printed");
